package org.clustercomposer.analysis.utilization;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.RoutingTree;

/**
 * Traffic routed over the physical network, per link and direction, by the routing rule both
 * engines share ({@link RoutingTree}: a spanning tree from the top of each part of the network;
 * traffic without a destination leaves through the top).
 *
 * <p>Cost: one breadth-first search per part, then O(depth) per flow: a flow adds its rate at its
 * source and subtracts it at the lowest common ancestor, and one pass from the leaves up sums
 * each subtree, giving every link's load in both directions. No path is ever materialized, so
 * 100,000 flows cost milliseconds.
 */
public final class NetworkLoad {

    private final RoutingTree tree;
    private final double[] upMark;
    private final double[] downMark;
    private final double[] upCountMark;
    private final double[] downCountMark;
    private final double[] sent;
    private final double[] received;
    private double[] up;
    private double[] down;
    private double[] upCount;
    private double[] downCount;
    private double[] childUpSum;

    /** The scenario's traffic routed over its network (runs the demand flow once). */
    public static NetworkLoad of(Scenario scenario) {
        NetworkLoad load = new NetworkLoad(scenario);
        new DemandFlow(scenario, load).run();
        return load;
    }

    /** Node indexes as {@link RoutingTree} numbers them: hosts first, so a host's index is its position. */
    NetworkLoad(Scenario scenario) {
        this(RoutingTree.of(scenario.hosts(), scenario.switches(), scenario.storages(), scenario.links()));
    }

    /** No traffic yet, over the tree of an earlier load (the network it was built for is unchanged). */
    NetworkLoad(NetworkLoad earlier) {
        this(earlier.tree);
    }

    private NetworkLoad(RoutingTree tree) {
        this.tree = tree;
        int n = tree.nodeCount();
        upMark = new double[n];
        downMark = new double[n];
        upCountMark = new double[n];
        downCountMark = new double[n];
        sent = new double[n];
        received = new double[n];
    }

    int nodeCount() {
        return tree.nodeCount();
    }

    /** The node index of an id, or -1 when the id is no host, switch or storage. */
    public int indexOf(String nodeId) {
        return tree.indexOf(nodeId);
    }

    /** The top of the part of the network holding the node (where outbound traffic leaves). */
    public String topOf(String nodeId) {
        return tree.topOf(nodeId);
    }

    /**
     * Adds a flow of {@code rate} bytes/s from node {@code src} to node {@code dst}, or to the top
     * of the network when {@code dst} is -1. Returns false when the two are not connected.
     */
    boolean addFlow(int src, int dst, double rate) {
        int target = dst < 0 ? tree.top(src) : dst;
        if (!tree.connected(src, target)) {
            return false;
        }
        if (src == target || rate <= 0) {
            return true;
        }
        int lca = tree.lowestCommonAncestor(src, target);
        upMark[src] += rate;
        upMark[lca] -= rate;
        downMark[target] += rate;
        downMark[lca] -= rate;
        upCountMark[src] += 1;
        upCountMark[lca] -= 1;
        downCountMark[target] += 1;
        downCountMark[lca] -= 1;
        sent[src] += rate;
        received[target] += rate;
        return true;
    }

    /** Sums marks from the leaves up: the load of the link above each node. */
    void finish() {
        up = subtreeSums(upMark);
        down = subtreeSums(downMark);
        upCount = subtreeSums(upCountMark);
        downCount = subtreeSums(downCountMark);
        sumChildren();
    }

    private double[] subtreeSums(double[] marks) {
        double[] sums = marks.clone();
        int[] order = tree.topDownOrder();
        for (int k = order.length - 1; k >= 0; k--) {
            int v = order[k];
            if (tree.parent(v) >= 0) {
                sums[tree.parent(v)] += sums[v];
            }
        }
        return sums;
    }

    /** Bytes/s on the link towards the top (index 0) and away from it (index 1); zeros for links off the tree. */
    public double[] linkLoad(String linkId) {
        int child = tree.childOf(linkId);
        return child < 0 ? new double[] {0, 0} : new double[] {Math.max(0, up[child]), Math.max(0, down[child])};
    }

    /** Whether the link carries traffic (it is on the spanning tree). */
    public boolean onTree(String linkId) {
        return tree.onTree(linkId);
    }

    /** Traffic entering a node from all its links (what a switch fabric forwards), bytes/s. */
    double throughput(int node) {
        return (tree.parent(node) >= 0 ? Math.max(0, down[node]) : 0) + childUpSum[node];
    }

    private void sumChildren() {
        childUpSum = new double[tree.nodeCount()];
        for (int v = 0; v < tree.nodeCount(); v++) {
            if (tree.parent(v) >= 0) {
                childUpSum[tree.parent(v)] += Math.max(0, up[v]);
            }
        }
    }

    /** Whether a node sends and receives exactly what it did in an earlier load over the same tree. */
    boolean sameTraffic(NetworkLoad earlier, int node) {
        return DemandFlow.same(sent[node], earlier.sent[node]) && DemandFlow.same(received[node], earlier.received[node]);
    }

    /** Whether a node forwards exactly what it did in an earlier load over the same tree. */
    boolean sameThroughput(NetworkLoad earlier, int node) {
        return node < 0 || DemandFlow.same(throughput(node), earlier.throughput(node));
    }

    /** Whether a link carries exactly what it did in an earlier load over the same tree, both ways. */
    boolean sameLinkLoad(NetworkLoad earlier, String linkId) {
        int child = tree.childOf(linkId);
        return child < 0 || DemandFlow.same(up[child], earlier.up[child]) && DemandFlow.same(down[child], earlier.down[child]);
    }

    double sent(int node) {
        return sent[node];
    }

    double received(int node) {
        return received[node];
    }

    /** The links between two nodes along the tree, from {@code from} to {@code to}; null when not connected. */
    public List<Link> path(String from, String to) {
        List<Hop> hops = hops(from, to);
        return hops == null ? null : hops.stream().map(Hop::link).toList();
    }

    /**
     * Bandwidth a new flow from {@code from} to {@code to} would get on each link of its path: the
     * spare capacity, but never less than a fair TCP share (bandwidth / (flows + 1)). The slowest
     * link decides. Returns 0 when the two are not connected, infinity when they are the same node.
     */
    public double availableBandwidth(String from, String to) {
        List<Hop> hops = hops(from, to);
        if (hops == null) {
            return 0;
        }
        return hops.stream().mapToDouble(Hop::available).min().orElse(Double.POSITIVE_INFINITY);
    }

    /**
     * One link of a path, in the direction traffic crosses it, with the bandwidth a new flow would
     * get there (spare capacity or a fair TCP share, whichever is larger).
     */
    public record Hop(Link link, boolean towardsTop, double available) {
        /** A key naming the link and direction, for counting flows that share it. */
        public String key() {
            return link.id() + (towardsTop ? "^" : "v");
        }
    }

    /** The hops from one node to another along the tree; null when they are not connected. */
    public List<Hop> hops(String from, String to) {
        int a = indexOf(from);
        int b = indexOf(to);
        if (a < 0 || b < 0 || !tree.connected(a, b)) {
            return null;
        }
        int lca = tree.lowestCommonAncestor(a, b);
        List<Hop> hops = new ArrayList<>();
        for (int v = a; v != lca; v = tree.parent(v)) {
            Link l = tree.parentLink(v);
            hops.add(new Hop(l, true, share(l.bandwidth(), up[v], upCount[v])));
        }
        List<Hop> down = new ArrayList<>();
        for (int v = b; v != lca; v = tree.parent(v)) {
            Link l = tree.parentLink(v);
            down.add(0, new Hop(l, false, share(l.bandwidth(), this.down[v], downCount[v])));
        }
        hops.addAll(down);
        return hops;
    }

    private static double share(double bandwidth, double load, double flows) {
        return Math.max(bandwidth - Math.max(0, load), bandwidth / (Math.max(0, Math.round(flows)) + 1));
    }
}
