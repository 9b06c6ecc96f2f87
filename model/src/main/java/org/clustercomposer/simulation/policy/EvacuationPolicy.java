package org.clustercomposer.simulation.policy;

import org.clustercomposer.simulation.cluster.ClusterModel;

/**
 * Threshold-based evacuation: a host above the upper threshold sheds its least demanding VMs
 * until it is back under, each to the best-fitting host that stays under the threshold. When no
 * running host can take a VM, a switched-off host is powered on for it.
 */
public final class EvacuationPolicy implements Policy {

    private final Thresholds thresholds;

    public EvacuationPolicy(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public String name() {
        return "evacuation";
    }

    @Override
    public void apply(PolicyContext context) {
        relieveOverloaded(context, thresholds.upper(), null, false);
    }

    /** Shared with consolidation. Marks in {@code targets} (when given) the hosts that received VMs. */
    static void relieveOverloaded(PolicyContext context, double upper, boolean[] targets, boolean noOvercommit) {
        ClusterModel c = context.cluster();
        for (int h = 0; h < c.hostCount(); h++) {
            if (!c.isUsable(h) || c.utilization(h) <= upper) {
                continue;
            }
            double load = staying(c, h);
            for (int v : Placement.movableByDemand(c, h)) {
                if (load <= upper * c.capacity(h)) {
                    break;
                }
                int target = Placement.bestFit(c, v, h, null, upper, noOvercommit);
                if (target < 0) {
                    target = Placement.firstOffHost(c);
                    if (target < 0) {
                        break;
                    }
                    context.switchOn(target);
                }
                if (context.migrateVm(v, target)) {
                    load -= c.vmDemand(v);
                    if (targets != null) {
                        targets[target] = true;
                    }
                }
            }
        }
    }

    /** Demand that stays on a host once the VMs already leaving it have landed elsewhere. */
    static double staying(ClusterModel c, int h) {
        double load = c.demand(h);
        for (int i = 0; i < c.vmsOn(h).size(); i++) {
            int v = c.vmsOn(h).get(i);
            if (c.isMigrating(v) && !c.isPaused(v)) {
                load -= c.vmDemand(v);
            }
        }
        return load;
    }
}
