package org.clustercomposer.simulation.policy;

class NoOpPolicyContractTest extends PolicyContract {

    @Override
    protected Policy create(Thresholds thresholds) {
        return new NoOpPolicy();
    }
}
