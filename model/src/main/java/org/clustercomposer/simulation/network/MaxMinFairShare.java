package org.clustercomposer.simulation.network;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Max-min fair rates by progressive filling: raise every unfixed flow's rate together until some
 * resource is full (or a flow reaches its own cap); fix the flows there at that share; repeat on
 * what is left. The result gives no flow more unless a flow with a smaller or equal rate gets
 * less. Bottlenecks come from a heap of resource shares (stale entries skipped), so a solve costs
 * O(P log P) for P flow-resource crossings rather than O(P) per bottleneck.
 */
public final class MaxMinFairShare {

    private MaxMinFairShare() {
    }

    /**
     * @param capacity available bytes/s per resource (never negative)
     * @param paths    resource indices each flow crosses (a flow crossing nothing gets {@code unboundedRate})
     * @param rates    output: the rate of each flow
     */
    public static void allocate(double[] capacity, int[][] paths, int flowCount, double[] rates,
                                double unboundedRate) {
        double[] noCaps = new double[flowCount];
        Arrays.fill(noCaps, Double.POSITIVE_INFINITY);
        allocate(capacity, paths, noCaps, flowCount, rates, unboundedRate);
    }

    /**
     * As above, with a rate cap per flow (a hypervisor's migration bandwidth limit): a capped flow
     * is fixed at its cap as soon as the fair share passes it, leaving the rest to the others.
     */
    public static void allocate(double[] capacity, int[][] paths, double[] flowCap, int flowCount, double[] rates,
                                double unboundedRate) {
        int resources = capacity.length;
        int[] crossing = new int[resources];
        for (int f = 0; f < flowCount; f++) {
            for (int r : paths[f]) {
                crossing[r]++;
            }
        }
        // Resource -> flows, compressed.
        int[] first = new int[resources + 1];
        for (int r = 0; r < resources; r++) {
            first[r + 1] = first[r] + crossing[r];
        }
        int[] flows = new int[first[resources]];
        int[] fill = Arrays.copyOf(first, resources);
        for (int f = 0; f < flowCount; f++) {
            for (int r : paths[f]) {
                flows[fill[r]++] = f;
            }
        }
        double[] left = new double[resources];
        for (int r = 0; r < resources; r++) {
            left[r] = Math.max(0, capacity[r]);
        }
        boolean[] fixed = new boolean[flowCount];
        int unfixed = 0;
        for (int f = 0; f < flowCount; f++) {
            if (paths[f].length == 0) {
                rates[f] = Math.min(unboundedRate, flowCap[f]);
                fixed[f] = true;
            } else {
                unfixed++;
            }
        }
        Integer[] byCap = cappedFlowsByCap(paths, flowCap, flowCount);
        int nextCapped = 0;
        ShareHeap heap = new ShareHeap(resources + 4 * flows.length + 4);
        for (int r = 0; r < resources; r++) {
            if (crossing[r] > 0) {
                heap.push(left[r] / crossing[r], r);
            }
        }
        while (unfixed > 0) {
            while (!heap.isEmpty() && (crossing[heap.topResource()] == 0
                    || heap.topShare() != left[heap.topResource()] / crossing[heap.topResource()])) {
                heap.pop(); // stale
            }
            while (nextCapped < byCap.length && fixed[byCap[nextCapped]]) {
                nextCapped++;
            }
            double share = heap.isEmpty() ? Double.POSITIVE_INFINITY : heap.topShare();
            if (nextCapped < byCap.length && flowCap[byCap[nextCapped]] <= share) {
                int f = byCap[nextCapped++];
                unfixed -= fix(f, flowCap[f], paths, rates, fixed, left, crossing, heap);
                continue;
            }
            int bottleneck = heap.topResource();
            heap.pop();
            for (int k = first[bottleneck]; k < first[bottleneck + 1]; k++) {
                int f = flows[k];
                if (!fixed[f]) {
                    unfixed -= fix(f, share, paths, rates, fixed, left, crossing, heap);
                }
            }
        }
    }

    private static int fix(int f, double rate, int[][] paths, double[] rates, boolean[] fixed, double[] left,
                           int[] crossing, ShareHeap heap) {
        rates[f] = rate;
        fixed[f] = true;
        for (int r : paths[f]) {
            left[r] = Math.max(0, left[r] - rate);
            crossing[r]--;
            if (crossing[r] > 0) {
                heap.push(left[r] / crossing[r], r);
            }
        }
        return 1;
    }

    private static Integer[] cappedFlowsByCap(int[][] paths, double[] flowCap, int flowCount) {
        return IntStream.range(0, flowCount)
                .filter(f -> paths[f].length > 0 && Double.isFinite(flowCap[f]))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer f) -> flowCap[f]).thenComparingInt(f -> f))
                .toArray(Integer[]::new);
    }

    /** A binary min-heap of (share, resource), ties to the lower resource index. */
    private static final class ShareHeap {
        private double[] shares;
        private int[] resources;
        private int size;

        ShareHeap(int capacity) {
            shares = new double[Math.max(4, capacity)];
            resources = new int[shares.length];
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topShare() {
            return shares[0];
        }

        int topResource() {
            return resources[0];
        }

        void push(double share, int resource) {
            if (size == shares.length) {
                shares = Arrays.copyOf(shares, size * 2);
                resources = Arrays.copyOf(resources, size * 2);
            }
            int i = size++;
            shares[i] = share;
            resources[i] = resource;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (!less(i, p)) {
                    break;
                }
                swap(i, p);
                i = p;
            }
        }

        void pop() {
            size--;
            shares[0] = shares[size];
            resources[0] = resources[size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    return;
                }
                int m = l + 1 < size && less(l + 1, l) ? l + 1 : l;
                if (!less(m, i)) {
                    return;
                }
                swap(i, m);
                i = m;
            }
        }

        private boolean less(int a, int b) {
            return shares[a] < shares[b] || shares[a] == shares[b] && resources[a] < resources[b];
        }

        private void swap(int a, int b) {
            double s = shares[a];
            shares[a] = shares[b];
            shares[b] = s;
            int r = resources[a];
            resources[a] = resources[b];
            resources[b] = r;
        }
    }
}
