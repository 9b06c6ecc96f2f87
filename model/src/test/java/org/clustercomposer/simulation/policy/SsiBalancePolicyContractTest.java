package org.clustercomposer.simulation.policy;

class SsiBalancePolicyContractTest extends PolicyContract {

    @Override
    protected Policy create(Thresholds thresholds) {
        return PolicyKind.SSI_BALANCE.create(thresholds, Hysteresis.defaults());
    }
}
