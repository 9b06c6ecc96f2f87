package org.clustercomposer.simulation.policy;

import java.util.Arrays;

import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.HostLoadIndex;

/** Target choice shared by the threshold policies. */
final class Placement {

    private Placement() {
    }

    /**
     * Best fit: among usable hosts other than {@code exclude} (and those flagged in
     * {@code avoid}), the one left busiest yet at most {@code maxUtilization} after taking the VM;
     * ties go to the lower host number. -1 when none fits. With {@code noOvercommit}, the VM's vCPUs
     * must also fit in cores not yet allocated.
     */
    static int bestFit(ClusterModel c, int vm, int exclude, boolean[] avoid, double maxUtilization,
                       boolean noOvercommit) {
        return bestFit(c, vm, exclude, avoid, maxUtilization, noOvercommit, null, 0);
    }

    /**
     * As above, where host h must also fit the VM with {@code hostLift[h]} more utilization and
     * {@code vmLift} more cores of the VM's (its recent demand above this step's; see
     * {@link ChurnGuard#targetLift}). Busiest still means busiest now.
     */
    static int bestFit(ClusterModel c, int vm, int exclude, boolean[] avoid, double maxUtilization,
                       boolean noOvercommit, double[] hostLift, double vmLift) {
        // The busiest host of each core count that takes the VM; then the busiest of those.
        HostLoadIndex index = c.loadIndex();
        index.resort();
        double demand = c.vmDemand(vm);
        int best = -1;
        double bestUtilization = -1;
        for (int g = 0; g < index.groupCount(); g++) {
            double cores = index.groupCapacity(g);
            // A little above the last load that fits, so rounding cannot hide a host that fits.
            double maxLoad = maxUtilization * cores - demand;
            // Busiest first among those with room; a group without cores: every host, least loaded first.
            int upTo = cores > 0 ? index.countUpTo(g, maxLoad + 1e-9 * (Math.abs(maxLoad) + demand + 1)) : 0;
            int count = cores > 0 ? upTo : index.size(g);
            int groupBest = -1;
            double groupUtilization = -1;
            for (int i = 0; i < count; i++) {
                int h = index.host(g, cores > 0 ? upTo - 1 - i : i);
                double after = c.utilization(h) + demand / c.capacity(h);
                if (cores > 0 && groupBest >= 0 && after < groupUtilization) {
                    break; // utilization after placement only falls from here on in this group
                }
                if (h == exclude || !c.isUsable(h) || avoid != null && avoid[h] || !c.fits(vm, h, maxUtilization)
                        || hostLift != null && !c.fits(vm, h, maxUtilization - hostLift[h] - vmLift / c.capacity(h))
                        || noOvercommit && !c.vcpusFit(vm, h)) {
                    continue;
                }
                if (after > groupUtilization || after == groupUtilization && h < groupBest) {
                    groupUtilization = after;
                    groupBest = h;
                }
            }
            // Same rule as a scan of every host in order: higher utilization, then lower number.
            if (groupBest >= 0 && (groupUtilization > bestUtilization
                    || groupUtilization == bestUtilization && groupBest < best)) {
                bestUtilization = groupUtilization;
                best = groupBest;
            }
        }
        return best;
    }

    /** The first host that is switched off but healthy, or -1. */
    static int firstOffHost(ClusterModel c) {
        for (int h = 0; h < c.hostCount(); h++) {
            if (!c.isOn(h) && !c.isFailed(h) && !c.inMaintenance(h)) {
                return h;
            }
        }
        return -1;
    }

    /** VMs on a host that may move now, least demanding first (minimum-utilization selection). */
    static int[] movableByDemand(ClusterModel c, int h) {
        // Called for every host the policy looks at each step: plain arrays, insertion sort (few VMs).
        int[] on = c.vmsOn(h).toArray();
        int n = 0;
        for (int v : on) {
            if (!c.isMigrating(v) && !c.isPaused(v) && c.vmDomain(v) < 0) {
                on[n++] = v;
            }
        }
        for (int i = 1; i < n; i++) {
            int v = on[i];
            double d = c.vmDemand(v);
            int j = i - 1;
            while (j >= 0 && (c.vmDemand(on[j]) > d || c.vmDemand(on[j]) == d && on[j] > v)) {
                on[j + 1] = on[j];
                j--;
            }
            on[j + 1] = v;
        }
        return Arrays.copyOf(on, n);
    }
}
