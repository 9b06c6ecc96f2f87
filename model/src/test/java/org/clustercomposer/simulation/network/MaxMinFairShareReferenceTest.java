package org.clustercomposer.simulation.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The heap-based solver must give bit for bit the rates of progressive filling done the plain way (every
 * bottleneck and cap found by a scan, ties to the lower resource or flow index), since the engine's results
 * depend on every rounding: on seeded random problems full of ties (a few distinct capacities and caps, zero
 * capacity, empty paths), one instance reused across problems of every size, paths named by a wider numbering
 * mapped to local indices as the flow network does.
 */
class MaxMinFairShareReferenceTest {

    private static final double UNBOUNDED = 1e6;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void equalsPlainProgressiveFillingBitForBit(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MaxMinFairShare reused = new MaxMinFairShare();
        for (int problem = 0; problem < 300; problem++) {
            int resources = 1 + random.nextInt(problem % 3 == 0 ? 60 : 8);
            int flows = random.nextInt(problem % 3 == 0 ? 200 : 15);
            double[] capacity = new double[resources];
            for (int r = 0; r < resources; r++) {
                capacity[r] = random.nextInt(12) == 0 ? 0 : new double[] {10, 25, 40, 100, 7.3}[random.nextInt(5)];
            }
            // Global resource numbers: a random injection of 0..resources-1 into a wider range.
            int wider = resources + random.nextInt(5);
            int[] toGlobal = shuffled(random, wider);
            int[] toLocal = new int[wider];
            Arrays.fill(toLocal, -1);
            for (int r = 0; r < resources; r++) {
                toLocal[toGlobal[r]] = r;
            }
            int[][] localPaths = new int[flows][];
            int[][] globalPaths = new int[flows][];
            double[] caps = new double[flows];
            for (int f = 0; f < flows; f++) {
                int length = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(Math.min(4, resources));
                localPaths[f] = Arrays.copyOf(shuffled(random, resources), length);
                globalPaths[f] = Arrays.stream(localPaths[f]).map(r -> toGlobal[r]).toArray();
                caps[f] = random.nextBoolean() ? Double.POSITIVE_INFINITY
                        : new double[] {2, 5, 10, 12.5, 3.3}[random.nextInt(5)];
            }
            double[] expected = new double[flows];
            plainFilling(capacity, localPaths, caps, flows, expected);
            double[] fresh = new double[flows];
            MaxMinFairShare.allocate(capacity, localPaths, caps, flows, fresh, UNBOUNDED);
            double[] mapped = new double[flows];
            reused.solve(capacity, resources, globalPaths, toLocal, caps, flows, mapped, UNBOUNDED);
            for (int f = 0; f < flows; f++) {
                String where = "seed " + seed + " problem " + problem + " flow " + f;
                assertEquals(Double.doubleToLongBits(expected[f]), Double.doubleToLongBits(fresh[f]), where);
                assertEquals(Double.doubleToLongBits(expected[f]), Double.doubleToLongBits(mapped[f]), where);
            }
        }
    }

    private static int[] shuffled(SplittableRandom random, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** Progressive filling with scans: the lowest share (then resource index), a cap first when it is not above it. */
    private static void plainFilling(double[] capacity, int[][] paths, double[] caps, int flows, double[] rates) {
        double[] left = new double[capacity.length];
        int[] crossing = new int[capacity.length];
        for (int r = 0; r < capacity.length; r++) {
            left[r] = Math.max(0, capacity[r]);
        }
        boolean[] fixed = new boolean[flows];
        int unfixed = 0;
        for (int f = 0; f < flows; f++) {
            for (int r : paths[f]) {
                crossing[r]++;
            }
            if (paths[f].length == 0) {
                rates[f] = Math.min(UNBOUNDED, caps[f]);
                fixed[f] = true;
            } else {
                unfixed++;
            }
        }
        while (unfixed > 0) {
            int bottleneck = -1;
            double share = Double.POSITIVE_INFINITY;
            for (int r = 0; r < capacity.length; r++) {
                if (crossing[r] > 0 && (bottleneck < 0 || left[r] / crossing[r] < share)) {
                    bottleneck = r;
                    share = left[r] / crossing[r];
                }
            }
            int lowestCap = -1;
            for (int f = 0; f < flows; f++) {
                if (!fixed[f] && Double.isFinite(caps[f]) && (lowestCap < 0 || caps[f] < caps[lowestCap])) {
                    lowestCap = f;
                }
            }
            if (lowestCap >= 0 && caps[lowestCap] <= share) {
                unfixed -= fix(lowestCap, caps[lowestCap], paths, rates, fixed, left, crossing);
                continue;
            }
            for (int f = 0; f < flows; f++) {
                if (!fixed[f] && contains(paths[f], bottleneck)) {
                    unfixed -= fix(f, share, paths, rates, fixed, left, crossing);
                }
            }
        }
    }

    private static int fix(int f, double rate, int[][] paths, double[] rates, boolean[] fixed, double[] left,
                           int[] crossing) {
        rates[f] = rate;
        fixed[f] = true;
        for (int r : paths[f]) {
            left[r] = Math.max(0, left[r] - rate);
            crossing[r]--;
        }
        return 1;
    }

    private static boolean contains(int[] path, int resource) {
        for (int r : path) {
            if (r == resource) {
                return true;
            }
        }
        return false;
    }
}
