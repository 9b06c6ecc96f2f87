package org.clustercomposer.simulation.network;

/**
 * Max-min fair rates by progressive filling: raise every unfixed flow's rate together until some
 * resource is full; fix the flows crossing it at that share; repeat on what is left. The result
 * gives no flow more unless a flow with a smaller or equal rate gets less.
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
        java.util.Arrays.fill(noCaps, Double.POSITIVE_INFINITY);
        allocate(capacity, paths, noCaps, flowCount, rates, unboundedRate);
    }

    /**
     * As above, with a rate cap per flow (a hypervisor's migration bandwidth limit): a capped flow
     * is fixed at its cap as soon as the fair share passes it, leaving the rest to the others.
     */
    public static void allocate(double[] capacity, int[][] paths, double[] flowCap, int flowCount, double[] rates,
                                double unboundedRate) {
        double[] left = new double[capacity.length];
        int[] crossing = new int[capacity.length];
        boolean[] fixed = new boolean[flowCount];
        int unfixed = 0;
        for (int f = 0; f < flowCount; f++) {
            rates[f] = 0;
            if (paths[f].length == 0) {
                rates[f] = Math.min(unboundedRate, flowCap[f]);
                fixed[f] = true;
                continue;
            }
            unfixed++;
            for (int r : paths[f]) {
                if (crossing[r]++ == 0) {
                    left[r] = Math.max(0, capacity[r]);
                }
            }
        }
        while (unfixed > 0) {
            int bottleneck = -1;
            double share = Double.POSITIVE_INFINITY;
            for (int f = 0; f < flowCount; f++) {
                if (fixed[f]) {
                    continue;
                }
                for (int r : paths[f]) {
                    double s = left[r] / crossing[r];
                    if (s < share || s == share && r < bottleneck) {
                        share = s;
                        bottleneck = r;
                    }
                }
            }
            double smallestCap = Double.POSITIVE_INFINITY;
            for (int f = 0; f < flowCount; f++) {
                if (!fixed[f]) {
                    smallestCap = Math.min(smallestCap, flowCap[f]);
                }
            }
            boolean capBinds = smallestCap <= share;
            if (capBinds) {
                share = smallestCap;
            }
            for (int f = 0; f < flowCount; f++) {
                if (fixed[f] || (capBinds ? flowCap[f] != smallestCap : !crosses(paths[f], bottleneck))) {
                    continue;
                }
                rates[f] = share;
                fixed[f] = true;
                unfixed--;
                for (int r : paths[f]) {
                    left[r] = Math.max(0, left[r] - share);
                    crossing[r]--;
                }
            }
        }
    }

    private static boolean crosses(int[] path, int resource) {
        for (int r : path) {
            if (r == resource) {
                return true;
            }
        }
        return false;
    }
}
