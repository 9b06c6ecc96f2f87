package org.clustercomposer.simulation.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;

/**
 * Hosts grouped by core count, each group ordered by the CPU it has in use (placed demand plus
 * room held for incoming migrations), so best-fit placement looks at the busiest hosts that can
 * still take a VM instead of scanning every host. Within a group a host's utilization after
 * placement only grows with its load, which is what makes the order useful.
 *
 * <p>Loads change far more often than anyone places a VM, so changes only mark a host; the
 * marked hosts are re-sorted when the index is next read, with the exact load the model holds.
 */
public final class HostLoadIndex {

    private final IntToDoubleFunction load;
    /** Load each host is sorted under; the last slot is the probe used to bound a search. */
    private final double[] sortedLoad;
    private final int probe;
    private final boolean[] stale;
    private final IntList staleHosts = new IntList();
    private final double[] groupCapacity;
    private final int[] groupOf;
    private final List<TreeSet<Integer>> groups = new ArrayList<>();

    HostLoadIndex(double[] capacity, IntToDoubleFunction load) {
        this.load = load;
        probe = capacity.length;
        sortedLoad = new double[probe + 1];
        stale = new boolean[probe];
        groupOf = new int[probe];
        Map<Double, Integer> groupByCapacity = new HashMap<>();
        List<Double> capacities = new ArrayList<>();
        for (int h = 0; h < probe; h++) {
            groupOf[h] = groupByCapacity.computeIfAbsent(capacity[h], cap -> {
                capacities.add(cap);
                // Load, then host number; the probe sorts after every host of equal load.
                groups.add(new TreeSet<>((a, b) -> {
                    int byLoad = Double.compare(sortedLoad[a], sortedLoad[b]);
                    return byLoad != 0 ? byLoad : Integer.compare(a, b);
                }));
                return capacities.size() - 1;
            });
            sortedLoad[h] = load.applyAsDouble(h);
            groups.get(groupOf[h]).add(h);
        }
        groupCapacity = capacities.stream().mapToDouble(Double::doubleValue).toArray();
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

    /** Hosts of group g with load at most {@code maxLoad}, busiest first (equal loads: higher number first). */
    public Iterable<Integer> busiestFirst(int g, double maxLoad) {
        resort();
        sortedLoad[probe] = maxLoad;
        NavigableSet<Integer> upTo = groups.get(g).headSet(probe, true);
        return upTo.descendingSet();
    }

    /** All hosts of group g, least loaded first. */
    public Iterable<Integer> hosts(int g) {
        resort();
        return groups.get(g);
    }

    private void resort() {
        for (int i = 0; i < staleHosts.size(); i++) {
            int h = staleHosts.get(i);
            stale[h] = false;
            double now = load.applyAsDouble(h);
            if (Double.compare(now, sortedLoad[h]) != 0) {
                TreeSet<Integer> group = groups.get(groupOf[h]);
                group.remove(h);
                sortedLoad[h] = now;
                group.add(h);
            }
        }
        staleHosts.clear();
    }
}
