package org.clustercomposer.analysis.utilization;

import java.util.Arrays;

/**
 * Where something physically runs: network node indexes with the share of it on each. A VM on a
 * host is at one node with weight 1; a VM on an SSI domain is spread over the members' nodes.
 */
record Location(int[] nodes, double[] weights) {

    static Location single(int node) {
        return new Location(new int[] {node}, new double[] {1});
    }

    /** Combines locations, each scaled by its weight, merging repeated nodes. */
    static Location mix(Location[] parts, double[] partWeights) {
        int total = 0;
        for (Location p : parts) {
            total += p.nodes.length;
        }
        int[] nodes = new int[total];
        double[] weights = new double[total];
        int n = 0;
        for (int k = 0; k < parts.length; k++) {
            for (int i = 0; i < parts[k].nodes.length; i++) {
                int node = parts[k].nodes[i];
                int at = indexOf(nodes, n, node);
                if (at < 0) {
                    nodes[n] = node;
                    at = n++;
                }
                weights[at] += partWeights[k] * parts[k].weights[i];
            }
        }
        return new Location(Arrays.copyOf(nodes, n), Arrays.copyOf(weights, n));
    }

    private static int indexOf(int[] nodes, int n, int node) {
        for (int i = 0; i < n; i++) {
            if (nodes[i] == node) {
                return i;
            }
        }
        return -1;
    }

    /** The node holding the largest share. */
    int mainNode() {
        int best = 0;
        for (int i = 1; i < nodes.length; i++) {
            if (weights[i] > weights[best]) {
                best = i;
            }
        }
        return nodes[best];
    }
}
