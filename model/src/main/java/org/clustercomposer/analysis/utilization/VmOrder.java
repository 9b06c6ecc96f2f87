package org.clustercomposer.analysis.utilization;

import java.util.Arrays;

import org.clustercomposer.scenario.Vm;

/**
 * The order in which VMs push their demand down: a VM on an SSI domain over VMs loads those
 * member VMs, so it must be placed before them. Level 0 = on a host or on an SSI over hosts;
 * level n = on an SSI whose member VMs are at most level n - 1. Cycles (a VM under itself) are
 * cut at a fixed depth and reported.
 */
final class VmOrder {

    private static final int MAX_DEPTH = 8;
    private final DemandFlow flow;
    private final int[] level;

    VmOrder(DemandFlow flow) {
        this.flow = flow;
        this.level = new int[flow.scenario().vms().size()];
        Arrays.fill(level, -1);
    }

    /** VM indexes, highest level first (a counting sort: no boxing for 100,000 VMs). */
    int[] deepestFirst() {
        int maxLevel = 0;
        for (int v = 0; v < level.length; v++) {
            maxLevel = Math.max(maxLevel, level(v, 0));
        }
        int[] start = new int[maxLevel + 2];
        for (int l : level) {
            start[maxLevel - l + 1]++;
        }
        for (int k = 1; k < start.length; k++) {
            start[k] += start[k - 1];
        }
        int[] order = new int[level.length];
        for (int v = 0; v < level.length; v++) {
            order[start[maxLevel - level[v]]++] = v;
        }
        return order;
    }

    private int level(int v, int depth) {
        if (level[v] >= 0) {
            return level[v];
        }
        Vm vm = flow.vm(v);
        SsiMembers m = flow.ssiOf(v);
        int l = 0;
        if (m != null && m.overVms()) {
            if (depth >= MAX_DEPTH) {
                flow.addProblem("VM " + vm.id() + " is stacked under itself through SSI domain " + vm.placedOn());
                return 0;
            }
            for (int member : m.members()) {
                l = Math.max(l, level(member, depth + 1) + 1);
            }
        }
        level[v] = l;
        return l;
    }
}
