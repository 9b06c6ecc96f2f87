package org.clustercomposer.simulation.policy;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

import org.clustercomposer.simulation.cluster.ClusterModel;

/**
 * A threshold policy's memory between steps, for its {@link Hysteresis}: how many consecutive
 * steps each host has been over the upper or under the lower threshold, and when each VM was last
 * moved by the policy, and each VM's recent demand (a moving average spanning {@code triggerSteps} steps): a
 * target is judged on it as well as on this step's draw (decision 0311). One per policy instance,
 * so one per run. Cost: one pass over the hosts and one over the VMs per step.
 */
final class ChurnGuard {

    private final Hysteresis hysteresis;
    private int[] overSteps;
    private int[] underSteps;
    private double[] movedAt;
    // Each VM's demand as an exponential moving average spanning triggerSteps steps (weight 2 / (K + 1),
    // the usual match of a K-sample window; K = 1 is this step alone). O(VMs) memory at any K.
    private double[] recentDemand;
    private boolean observedOnce;
    // Per host, how far its VMs' recent demand lies above this step's draw (0 if not), as utilization.
    private double[] lift;

    ChurnGuard(Hysteresis hysteresis) {
        this.hysteresis = hysteresis;
    }

    Hysteresis hysteresis() {
        return hysteresis;
    }

    /** Counts this step's side of each usable host; call once per step before asking. */
    void observe(ClusterModel c, Thresholds thresholds, IntToDoubleFunction underloadMeasure) {
        if (overSteps == null) {
            overSteps = new int[c.hostCount()];
            underSteps = new int[c.hostCount()];
            movedAt = new double[c.vmCount()];
            Arrays.fill(movedAt, Double.NEGATIVE_INFINITY);
            recentDemand = new double[c.vmCount()];
            lift = new double[c.hostCount()];
        }
        for (int h = 0; h < c.hostCount(); h++) {
            boolean usable = c.isUsable(h);
            overSteps[h] = usable && c.utilization(h) > thresholds.upper() ? overSteps[h] + 1 : 0;
            underSteps[h] = usable && underloadMeasure.applyAsDouble(h) < thresholds.lower() ? underSteps[h] + 1 : 0;
        }
        observeDemands(c);
    }

    private void observeDemands(ClusterModel c) {
        double weight = observedOnce ? 2.0 / (hysteresis.triggerSteps() + 1) : 1;
        observedOnce = true;
        Arrays.fill(lift, 0);
        for (int v = 0; v < recentDemand.length; v++) {
            double d = c.vmDemand(v);
            recentDemand[v] = weight == 1 ? d : recentDemand[v] + weight * (d - recentDemand[v]);
            int h = c.vmHost(v);
            if (h >= 0) {
                lift[h] += recentDemand[v] - d;
            }
        }
        for (int h = 0; h < lift.length; h++) {
            lift[h] = c.capacity(h) > 0 ? Math.max(0, lift[h]) / c.capacity(h) : 0;
        }
    }

    /**
     * The utilization a target must also leave room for: how far its VMs' recent demand lies above
     * this step's draw. A host that drew low this step is not as empty as it looks; best fit, which
     * seeks the busiest host that fits, would otherwise pick exactly those, and they overload again
     * once their VMs draw their usual demand.
     */
    double[] targetLift() {
        return lift;
    }

    /** A VM's recent demand (cores), at least this step's. */
    double recentDemand(ClusterModel c, int vm) {
        return Math.max(c.vmDemand(vm), recentDemand[vm]);
    }

    /** Best fit for a VM the policy moves, judged on this step's demand and on recent demand. */
    int bestFit(ClusterModel c, int vm, int exclude, boolean[] avoid, double maxUtilization, boolean noOvercommit) {
        return Placement.bestFit(c, vm, exclude, avoid, maxUtilization, noOvercommit, lift,
                recentDemand(c, vm) - c.vmDemand(vm));
    }

    /** Over the upper threshold for the last {@code triggerSteps} steps, now included. */
    boolean overloaded(int h) {
        return overSteps[h] >= hysteresis.triggerSteps();
    }

    /** Under the lower threshold for the last {@code triggerSteps} steps, now included. */
    boolean underloaded(int h) {
        return underSteps[h] >= hysteresis.triggerSteps();
    }

    /** Whether the VM is still within its cool-down after the policy last moved it. */
    boolean coolingDown(int vm, double now) {
        return now - movedAt[vm] < hysteresis.coolDown();
    }

    /** Moves the VM through the context and starts its cool-down when the move is taken. */
    boolean migrate(PolicyContext context, int vm, int target) {
        if (!context.migrateVm(vm, target)) {
            return false;
        }
        movedAt[vm] = context.now();
        return true;
    }

    /** The VMs on a host that may move now and are not cooling down, least demanding first. */
    int[] movable(ClusterModel c, int h, double now) {
        int[] vms = Placement.movableByDemand(c, h);
        if (hysteresis.coolDown() == 0) {
            return vms;
        }
        int n = 0;
        for (int v : vms) {
            if (!coolingDown(v, now)) {
                vms[n++] = v;
            }
        }
        return Arrays.copyOf(vms, n);
    }
}
