package org.clustercomposer.simulation.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.clustercomposer.simulation.cluster.ClusterModel;

/**
 * Static-threshold VM consolidation in the manner of Beloglazov and Buyya (2012), the algorithm
 * behind CloudSim's {@code VmAllocationPolicyMigrationBestFitStaticThreshold}: first relieve
 * overloaded hosts (least demanding VMs first, best fit); then, least loaded first, empty each
 * underloaded host whose every VM fits elsewhere under the upper threshold, and switch hosts off
 * once they are empty and no migration touches them.
 *
 * <p>By default a host's load is the CPU its VMs use. With {@code reservedCapacity}, underload is
 * judged on the vCPUs allocated on a host and a target must have cores left for the VM's vCPUs (no
 * CPU overcommit), as CloudSim Plus's time-shared VM scheduler does; overload stays on use.
 *
 * <p>With {@link Hysteresis} a host is emptied only after several steps underloaded, its VMs go to
 * targets left at most the upper threshold less the margin, and a VM a policy moved is not moved
 * again (so neither is its host emptied) within the cool-down.
 */
public final class ConsolidationPolicy implements Policy {

    private final Thresholds thresholds;
    private final boolean reservedCapacity;
    private final ChurnGuard guard;

    public ConsolidationPolicy(Thresholds thresholds, Hysteresis hysteresis) {
        this(thresholds, hysteresis, false);
    }

    public ConsolidationPolicy(Thresholds thresholds, Hysteresis hysteresis, boolean reservedCapacity) {
        this.thresholds = thresholds;
        this.reservedCapacity = reservedCapacity;
        this.guard = new ChurnGuard(hysteresis);
    }

    private double underloadMeasure(ClusterModel c, int h) {
        return reservedCapacity ? c.allocatedFraction(h) : c.utilization(h);
    }

    @Override
    public String name() {
        return "consolidation";
    }

    @Override
    public void apply(PolicyContext context) {
        ClusterModel c = context.cluster();
        guard.observe(c, thresholds, h -> underloadMeasure(c, h));
        // Off first: an empty host left on would only attract the VMs of the next host to empty.
        // Processes and SSI members do not move while the policy plans (migrations end in later events).
        boolean[] pinned = context.processes().hostsWithProcesses();
        switchOffEmpty(context, pinned);
        boolean[] targets = new boolean[c.hostCount()];
        EvacuationPolicy.relieveOverloaded(context, thresholds.upper(), guard, targets, reservedCapacity);
        emptyUnderloaded(context, targets, pinned);
    }

    private void emptyUnderloaded(PolicyContext context, boolean[] relieved, boolean[] pinned) {
        ClusterModel c = context.cluster();
        int[] candidates = IntStream.range(0, c.hostCount())
                .filter(h -> c.isUsable(h) && !relieved[h] && !context.migrating(h) && !c.vmsOn(h).isEmpty()
                        && underloadMeasure(c, h) < thresholds.lower() && guard.underloaded(h))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer h) -> c.utilization(h)).thenComparingInt(h -> h))
                .mapToInt(Integer::intValue).toArray();
        // Not a target: hosts being emptied, and hosts that are empty or underloaded themselves
        // (filling one saves nothing; CloudSim's policy excludes underloaded targets too).
        boolean[] draining = new boolean[c.hostCount()];
        for (int h = 0; h < c.hostCount(); h++) {
            draining[h] = c.vmsOn(h).isEmpty() && !context.migrating(h) || underloadMeasure(c, h) < thresholds.lower();
        }
        for (int h : candidates) {
            // A host that just received VMs from an earlier candidate is no longer one.
            if (context.migrating(h) || pinned[h]) {
                continue;
            }
            int[] vms = guard.movable(c, h, context.now());
            if (vms.length != c.vmsOn(h).size()) {
                continue;
            }
            draining[h] = true;
            List<int[]> plan = plan(c, vms, h, draining);
            if (plan == null) {
                draining[h] = false;
                continue;
            }
            for (int[] move : plan) {
                guard.migrate(context, move[0], move[1]);
            }
        }
    }

    /** Finds a target for every VM, holding room as it goes; null (and nothing held) if one has none. */
    private List<int[]> plan(ClusterModel c, int[] vms, int source, boolean[] avoid) {
        List<int[]> plan = new ArrayList<>();
        for (int v : vms) {
            int target = guard.bestFit(c, v, source, avoid, guard.hysteresis().ceiling(thresholds.upper()),
                    reservedCapacity);
            if (target < 0) {
                break;
            }
            c.reserve(target, c.vmDemand(v), c.vmMemory(v), c.vcpus(v));
            plan.add(new int[] {v, target});
        }
        for (int[] move : plan) {
            c.release(move[1], c.vmDemand(move[0]), c.vmMemory(move[0]), c.vcpus(move[0]));
        }
        return plan.size() == vms.length ? plan : null;
    }

    private static void switchOffEmpty(PolicyContext context, boolean[] pinned) {
        ClusterModel c = context.cluster();
        for (int h = 0; h < c.hostCount(); h++) {
            if (c.isUsable(h) && c.vmsOn(h).isEmpty() && !context.migrating(h)
                    && !pinned[h]) {
                context.switchOff(h);
            }
        }
    }
}
