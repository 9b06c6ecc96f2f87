package org.clustercomposer.simulation.policy;

/** Consolidation judging underload on allocated vCPUs (no CPU overcommit) without hysteresis, as the CloudSim comparison runs it. */
class ReservedConsolidationPolicyContractTest extends PolicyContract {

    @Override
    protected Policy create(Thresholds thresholds) {
        return new ConsolidationPolicy(thresholds, Hysteresis.none(), true);
    }
}
