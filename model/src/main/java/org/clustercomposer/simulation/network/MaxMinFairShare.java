package org.clustercomposer.simulation.network;

import java.util.Arrays;

/**
 * Max-min fair rates by progressive filling: raise every unfixed flow's rate together until some
 * resource is full (or a flow reaches its own cap); fix the flows there at that share; repeat on
 * what is left. The result gives no flow more unless a flow with a smaller or equal rate gets
 * less. The next bottleneck comes from a heap holding each resource once, keyed by its current share
 * (ties to the lower resource index), and the next cap from a heap of the capped flows (ties to the
 * lower flow index): a solve costs O(P log R) for P flow-resource crossings and R resources. Below
 * {@link KeyedHeap#SCAN_BELOW} items a heap scans for its least item instead: the engine's components
 * hold 5 flows and 18 resources on average, where sifting costs more than a scan that is only redone
 * after the least item itself changes. (key, item) is a total order, so both give the same least item
 * and the same rates, bit for bit.
 *
 * <p>An instance keeps its buffers from one solve to the next: the engine solves small components
 * (ten or so flows) hundreds of thousands of times a day, where allocating them would cost more than
 * the filling itself.
 */
public final class MaxMinFairShare {

    private int[] crossing = new int[0];
    private int[] first = new int[1];
    private int[] flowsAt = new int[0];
    private double[] left = new double[0];
    private boolean[] fixed = new boolean[0];
    private final KeyedHeap bottlenecks = new KeyedHeap();
    private final KeyedHeap capped = new KeyedHeap();

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
        new MaxMinFairShare().solve(capacity, capacity.length, paths, null, flowCap, flowCount, rates, unboundedRate);
    }

    /**
     * The same filling on this instance's buffers. {@code paths} may name resources by a wider numbering that
     * {@code toLocal} maps to 0..resourceCount-1 (null: they already are), so a caller solving part of a network
     * need not copy its paths.
     */
    void solve(double[] capacity, int resourceCount, int[][] paths, int[] toLocal, double[] flowCap, int flowCount,
               double[] rates, double unboundedRate) {
        ensureCapacity(resourceCount, flowCount);
        Arrays.fill(crossing, 0, resourceCount, 0);
        int crossings = 0;
        for (int f = 0; f < flowCount; f++) {
            for (int r : paths[f]) {
                crossing[local(r, toLocal)]++;
            }
            crossings += paths[f].length;
        }
        // Resource -> flows crossing it, in flow order, compressed.
        first[0] = 0;
        for (int r = 0; r < resourceCount; r++) {
            first[r + 1] = first[r] + crossing[r];
        }
        if (flowsAt.length < crossings) {
            flowsAt = new int[Math.max(crossings, 2 * flowsAt.length)];
        }
        for (int f = 0; f < flowCount; f++) {
            for (int r : paths[f]) {
                int l = local(r, toLocal);
                flowsAt[first[l + 1] - crossing[l]] = f;
                crossing[l]--;
            }
        }
        for (int r = 0; r < resourceCount; r++) {
            crossing[r] = first[r + 1] - first[r];
            left[r] = Math.max(0, capacity[r]);
        }
        bottlenecks.reset(resourceCount);
        for (int r = 0; r < resourceCount; r++) {
            if (crossing[r] > 0) {
                bottlenecks.add(r, left[r] / crossing[r]);
            }
        }
        bottlenecks.heapify();
        capped.reset(flowCount);
        int unfixed = 0;
        for (int f = 0; f < flowCount; f++) {
            if (paths[f].length == 0) {
                rates[f] = Math.min(unboundedRate, flowCap[f]);
                fixed[f] = true;
            } else {
                fixed[f] = false;
                unfixed++;
                if (Double.isFinite(flowCap[f])) {
                    capped.add(f, flowCap[f]);
                }
            }
        }
        capped.heapify();
        while (unfixed > 0) {
            while (!capped.isEmpty() && fixed[capped.top()]) {
                capped.pop();
            }
            double share = bottlenecks.isEmpty() ? Double.POSITIVE_INFINITY : bottlenecks.topKey();
            if (!capped.isEmpty() && capped.topKey() <= share) {
                int f = capped.top();
                capped.pop();
                fix(f, flowCap[f], paths, toLocal, rates);
                unfixed--;
                continue;
            }
            int bottleneck = bottlenecks.top();
            bottlenecks.pop();
            for (int k = first[bottleneck]; k < first[bottleneck + 1]; k++) {
                int f = flowsAt[k];
                if (!fixed[f]) {
                    fix(f, share, paths, toLocal, rates);
                    unfixed--;
                }
            }
        }
    }

    private void fix(int f, double rate, int[][] paths, int[] toLocal, double[] rates) {
        rates[f] = rate;
        fixed[f] = true;
        for (int g : paths[f]) {
            int r = local(g, toLocal);
            left[r] = Math.max(0, left[r] - rate);
            crossing[r]--;
            if (!bottlenecks.contains(r)) {
                continue; // the bottleneck being fixed
            }
            if (crossing[r] > 0) {
                bottlenecks.update(r, left[r] / crossing[r]);
            } else {
                bottlenecks.remove(r);
            }
        }
    }

    private static int local(int resource, int[] toLocal) {
        return toLocal == null ? resource : toLocal[resource];
    }

    private void ensureCapacity(int resources, int flows) {
        if (crossing.length < resources) {
            int n = Math.max(resources, 2 * crossing.length);
            crossing = new int[n];
            first = new int[n + 1];
            left = new double[n];
        }
        if (fixed.length < flows) {
            fixed = new boolean[Math.max(flows, 2 * fixed.length)];
        }
    }

    /**
     * A binary min-heap of items 0..n-1, each at most once, ordered by (key, item): an item's key can change in
     * place, so the heap never holds a stale entry. Holding fewer than {@link #SCAN_BELOW} items when
     * {@link #heapify} is called, it keeps them unordered and finds the least by a scan, cached until that item
     * is removed or its key changes.
     */
    private static final class KeyedHeap {
        /** On the 10,000-host consolidation day, 4 % less engine time than heaping every component (16.92 to 16.24 s, 0310). */
        static final int SCAN_BELOW = 48;

        private double[] keys = new double[0];
        private int[] heap = new int[0];
        private int[] position = new int[0]; // -1: not in the heap
        private int size;
        private boolean scanning;
        private int least = -1; // scanning: position of the least item, -1 when it must be found again

        void reset(int items) {
            if (keys.length < items) {
                int n = Math.max(items, 2 * keys.length);
                keys = new double[n];
                heap = new int[n];
                position = new int[n];
            }
            Arrays.fill(position, 0, items, -1);
            size = 0;
            least = -1;
        }

        /** Adds without ordering; call {@link #heapify} once all are in. */
        void add(int item, double key) {
            keys[item] = key;
            heap[size] = item;
            position[item] = size++;
        }

        void heapify() {
            scanning = size < SCAN_BELOW;
            if (scanning) {
                return;
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                down(i);
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        boolean contains(int item) {
            return position[item] >= 0;
        }

        int top() {
            return heap[topPosition()];
        }

        double topKey() {
            return keys[top()];
        }

        void pop() {
            remove(top());
        }

        void remove(int item) {
            int i = position[item];
            position[item] = -1;
            size--;
            if (scanning) {
                if (i == least) {
                    least = -1;
                }
            }
            if (i == size) {
                return;
            }
            int moved = heap[size];
            heap[i] = moved;
            position[moved] = i;
            if (scanning) {
                if (least == size) {
                    least = i;
                }
                return;
            }
            up(i);
            down(position[moved]);
        }

        void update(int item, double key) {
            keys[item] = key;
            int i = position[item];
            if (scanning) {
                if (i == least) {
                    least = -1;
                } else if (least >= 0 && less(item, heap[least])) {
                    least = i;
                }
                return;
            }
            up(i);
            down(position[item]);
        }

        private int topPosition() {
            if (!scanning) {
                return 0;
            }
            if (least < 0) {
                least = 0;
                for (int i = 1; i < size; i++) {
                    if (less(heap[i], heap[least])) {
                        least = i;
                    }
                }
            }
            return least;
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(heap[i], heap[parent])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    return;
                }
                int m = l + 1 < size && less(heap[l + 1], heap[l]) ? l + 1 : l;
                if (!less(heap[m], heap[i])) {
                    return;
                }
                swap(i, m);
                i = m;
            }
        }

        private boolean less(int a, int b) {
            return keys[a] < keys[b] || keys[a] == keys[b] && a < b;
        }

        private void swap(int i, int j) {
            int a = heap[i];
            heap[i] = heap[j];
            heap[j] = a;
            position[heap[i]] = i;
            position[heap[j]] = j;
        }
    }
}
