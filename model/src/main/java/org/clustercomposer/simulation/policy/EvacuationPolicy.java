package org.clustercomposer.simulation.policy;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.simulation.cluster.ClusterModel;

/**
 * Threshold-based evacuation: a host above the upper threshold sheds its least demanding VMs
 * until it is back under, each to the best-fitting host that stays under the threshold. When no
 * running host can take a VM, a switched-off host is powered on for it. With {@link Hysteresis}, a
 * host sheds only after several steps over, down to the threshold less the margin, onto targets left
 * at most that high, and a VM it moved stays put for the cool-down.
 */
public final class EvacuationPolicy implements Policy {

    private final Thresholds thresholds;
    private final ChurnGuard guard;

    public EvacuationPolicy(Thresholds thresholds, Hysteresis hysteresis) {
        this.thresholds = thresholds;
        this.guard = new ChurnGuard(hysteresis);
    }

    @Override
    public String name() {
        return "evacuation";
    }

    @Override
    public void apply(PolicyContext context) {
        ClusterModel c = context.cluster();
        guard.observe(c, thresholds, c::utilization);
        relieveOverloaded(context, thresholds.upper(), guard, null, false);
    }

    /** Shared with consolidation. Marks in {@code targets} (when given) the hosts that received VMs. */
    static void relieveOverloaded(PolicyContext context, double upper, ChurnGuard guard, boolean[] targets,
                                  boolean noOvercommit) {
        ClusterModel c = context.cluster();
        double ceiling = guard.hysteresis().ceiling(upper);
        // Targets only fill up during a step, so a VM at least as big as one that found no host
        // finds none either (until a host is switched on): skip the scan of every host for it.
        List<double[]> homeless = new ArrayList<>();
        for (int h = 0; h < c.hostCount(); h++) {
            if (!c.isUsable(h) || c.utilization(h) <= upper || !guard.overloaded(h)) {
                continue;
            }
            double load = staying(c, h);
            for (int v : guard.movable(c, h, context.now())) {
                if (load <= ceiling * c.capacity(h)) {
                    break;
                }
                int target = dominated(c, v, homeless) ? -1 : guard.bestFit(c, v, h, null, ceiling, noOvercommit);
                if (target < 0) {
                    target = Placement.firstOffHost(c);
                    if (target < 0) {
                        homeless.add(new double[] {c.vcpus(v), c.vmDemand(v), c.vmMemory(v)});
                        continue;
                    }
                    context.switchOn(target);
                    homeless.clear();
                }
                if (guard.migrate(context, v, target)) {
                    load -= c.vmDemand(v);
                    if (targets != null) {
                        targets[target] = true;
                    }
                }
            }
        }
    }

    private static boolean dominated(ClusterModel c, int v, List<double[]> homeless) {
        for (double[] small : homeless) {
            if (c.vcpus(v) >= small[0] && c.vmDemand(v) >= small[1] && c.vmMemory(v) >= small[2]) {
                return true;
            }
        }
        return false;
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
