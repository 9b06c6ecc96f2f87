package org.clustercomposer.simulation.policy;

class ConsolidationPolicyContractTest extends PolicyContract {

    @Override
    protected Policy create(Thresholds thresholds) {
        return new ConsolidationPolicy(thresholds, Hysteresis.defaults());
    }
}
