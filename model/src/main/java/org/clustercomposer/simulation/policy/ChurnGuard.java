package org.clustercomposer.simulation.policy;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

import org.clustercomposer.simulation.cluster.ClusterModel;

/**
 * A threshold policy's memory between steps, for its {@link Hysteresis}: how many consecutive
 * steps each host has been over the upper or under the lower threshold, and when each VM was last
 * moved by the policy. One per policy instance, so one per run. Cost: one pass over the hosts per step.
 */
final class ChurnGuard {

    private final Hysteresis hysteresis;
    private int[] overSteps;
    private int[] underSteps;
    private double[] movedAt;

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
        }
        for (int h = 0; h < c.hostCount(); h++) {
            boolean usable = c.isUsable(h);
            overSteps[h] = usable && c.utilization(h) > thresholds.upper() ? overSteps[h] + 1 : 0;
            underSteps[h] = usable && underloadMeasure.applyAsDouble(h) < thresholds.lower() ? underSteps[h] + 1 : 0;
        }
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
