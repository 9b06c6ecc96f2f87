package org.clustercomposer.simulation.policy;

class EvacuationPolicyContractTest extends PolicyContract {

    @Override
    protected Policy create(Thresholds thresholds) {
        return new EvacuationPolicy(thresholds, Hysteresis.defaults());
    }
}
