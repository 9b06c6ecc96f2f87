package org.clustercomposer.simulation.policy;

/** Evacuation without hysteresis: the plain static-threshold algorithm keeps its contract too. */
class StaticThresholdEvacuationPolicyContractTest extends PolicyContract {

    @Override
    protected Policy create(Thresholds thresholds) {
        return new EvacuationPolicy(thresholds, Hysteresis.none());
    }
}
