package org.clustercomposer.simulation.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Hosts grouped by core count, each group ordered by the CPU it has in use (placed demand plus
 * room held for incoming migrations), so best-fit placement looks at the busiest hosts that can
 * still take a VM instead of scanning every host. Within a group a host's utilization after
 * placement only grows with its load, which is what makes the order useful.
 *
 * <p>Loads change far more often than anyone places a VM, so changes only mark a host; the
 * marked hosts are re-sorted when the index is next read, with the exact load the model holds.
 * A group is a plain array in (load, host number) order: a few hosts re-sorted move within it,
 * and when many changed (every host after a workload step) the group is sorted again at once
 * (issue 13: a TreeSet's removal and insertion of every host was 9 % of the samples of a
 * 10,000-host consolidation day, JFR; this sort is 2 %).
 */
public final class HostLoadIndex {

    /** Hosts changed in a group beyond which the group is sorted again instead of moved within. */
    private static final int MOVES_PER_SORT = 32;

    private final IntToDoubleFunction load;
    /** Load each host is sorted under. */
    private final double[] sortedLoad;
    private final boolean[] stale;
    private final IntList staleHosts = new IntList();
    private final double[] groupCapacity;
    private final int[] groupOf;
    private final int[][] groups; // each ascending by (sortedLoad, host)
    private final int[] changedInGroup;
    private int[] buffer = new int[0];

    HostLoadIndex(double[] capacity, IntToDoubleFunction load) {
        this.load = load;
        int hosts = capacity.length;
        sortedLoad = new double[hosts];
        stale = new boolean[hosts];
        groupOf = new int[hosts];
        Map<Double, Integer> groupByCapacity = new HashMap<>();
        List<Double> capacities = new ArrayList<>();
        List<IntList> members = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            groupOf[h] = groupByCapacity.computeIfAbsent(capacity[h], cap -> {
                capacities.add(cap);
                members.add(new IntList());
                return capacities.size() - 1;
            });
            sortedLoad[h] = load.applyAsDouble(h);
            members.get(groupOf[h]).add(h);
        }
        groupCapacity = capacities.stream().mapToDouble(Double::doubleValue).toArray();
        groups = new int[members.size()][];
        changedInGroup = new int[members.size()];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = members.get(g).toArray();
            sort(groups[g]);
        }
    }

    /** Notes that host h's load changed; it is re-sorted on the next read. */
    void changed(int h) {
        if (!stale[h]) {
            stale[h] = true;
            staleHosts.add(h);
        }
    }

    public int groupCount() {
        return groupCapacity.length;
    }

    /** The core count shared by the hosts of group g. */
    public double groupCapacity(int g) {
        return groupCapacity[g];
    }

    /** How many hosts group g has. */
    public int size(int g) {
        return groups[g].length;
    }

    /**
     * Host i of group g, least loaded first (equal loads: lower number first): hosts with load at
     * most {@code maxLoad} busiest first are {@code host(g, i)} for i from
     * {@code countUpTo(g, maxLoad) - 1} down to 0.
     */
    public int host(int g, int i) {
        return groups[g][i];
    }

    /** How many hosts of group g have a load at most {@code maxLoad}. */
    public int countUpTo(int g, double maxLoad) {
        resort();
        // every host sorts before (maxLoad, a number above any host's) exactly when its load is at most maxLoad
        return position(groups[g], maxLoad, Integer.MAX_VALUE, 0, groups[g].length);
    }

    /** Brings every group's order up to date with the loads the model holds (before {@link #host}). */
    public void resort() {
        if (staleHosts.size() == 0) {
            return;
        }
        for (int i = 0; i < staleHosts.size(); i++) {
            int h = staleHosts.get(i);
            if (Double.compare(load.applyAsDouble(h), sortedLoad[h]) != 0) {
                changedInGroup[groupOf[h]]++;
            }
        }
        for (int i = 0; i < staleHosts.size(); i++) {
            int h = staleHosts.get(i);
            stale[h] = false;
            double now = load.applyAsDouble(h);
            if (Double.compare(now, sortedLoad[h]) == 0) {
                continue;
            }
            int g = groupOf[h];
            if (changedInGroup[g] > MOVES_PER_SORT) {
                sortedLoad[h] = now; // the whole group is sorted below
            } else {
                move(groups[g], h, now);
            }
        }
        staleHosts.clear();
        for (int g = 0; g < groups.length; g++) {
            if (changedInGroup[g] > MOVES_PER_SORT) {
                sort(groups[g]);
            }
            changedInGroup[g] = 0;
        }
    }

    // Moves h from its place under its old load to its place under `now`, shifting the hosts between.
    private void move(int[] group, int h, double now) {
        int from = position(group, sortedLoad[h], h, 0, group.length);
        sortedLoad[h] = now;
        if (from > 0 && before(h, group[from - 1])) {
            int to = position(group, now, h, 0, from);
            System.arraycopy(group, to, group, to + 1, from - to);
            group[to] = h;
        } else if (from + 1 < group.length && before(group[from + 1], h)) {
            int to = position(group, now, h, from + 1, group.length) - 1;
            System.arraycopy(group, from + 1, group, from, to - from);
            group[to] = h;
        }
    }

    // The first place in group[lo, hi) whose host sorts at or after (key, h).
    private int position(int[] group, double key, int h, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int m = group[mid];
            int byLoad = Double.compare(sortedLoad[m], key);
            if (byLoad < 0 || byLoad == 0 && m < h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean before(int a, int b) {
        int byLoad = Double.compare(sortedLoad[a], sortedLoad[b]);
        return byLoad < 0 || byLoad == 0 && a < b;
    }

    // Merge sort by (sortedLoad, host), skipping merges of runs already in order: loads move a
    // little between workload steps, so much of a group stays in order.
    private void sort(int[] group) {
        int n = group.length;
        if (buffer.length < n) {
            buffer = new int[n];
        }
        int[] from = group;
        int[] to = buffer;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                if (mid == hi || !before(from[mid], from[mid - 1])) {
                    System.arraycopy(from, lo, to, lo, hi - lo);
                    continue;
                }
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    to[k] = j >= hi || i < mid && !before(from[j], from[i]) ? from[i++] : from[j++];
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != group) {
            System.arraycopy(from, 0, group, 0, n);
        }
    }
}
