package org.clustercomposer.analysis.utilization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.jgrapht.Graph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Traffic routed over the physical network, per link and direction.
 *
 * <p>Routing: each connected part of the network is a tree rooted at its "top" (the switch with
 * the largest fabric bandwidth, then the most links, then the first in the file). Traffic follows
 * the breadth-first spanning tree from that top, found with JGraphT; on tree topologies (star,
 * rack/aggregation/core) this is the fewest-hops path, on meshes it is what Ethernet's spanning
 * tree protocol does (links off the tree carry nothing). Traffic without a destination leaves
 * through the top.
 *
 * <p>Cost: one breadth-first search per part, then O(depth) per flow: a flow adds its rate at its
 * source and subtracts it at the lowest common ancestor, and one pass from the leaves up sums
 * each subtree, giving every link's load in both directions. No path is ever materialized, so
 * 100,000 flows cost milliseconds.
 */
public final class NetworkLoad {

    private final String[] nodeIds;
    private final Map<String, Integer> index;
    private final int[] parent;
    private final Link[] parentLink;
    private final int[] depth;
    private final int[] root;
    private final int[] bfsOrder;
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
    private final Map<String, Integer> childOfLink = new HashMap<>();

    /** The scenario's traffic routed over its network (runs the demand flow once). */
    public static NetworkLoad of(Scenario scenario) {
        NetworkLoad load = new NetworkLoad(scenario);
        new DemandFlow(scenario, load).run();
        return load;
    }

    /** Node indexes: hosts first (in file order, so a host's index is its position), then switches, then storages. */
    NetworkLoad(Scenario scenario) {
        List<String> ids = new ArrayList<>();
        scenario.hosts().forEach(h -> ids.add(h.id()));
        scenario.switches().forEach(s -> ids.add(s.id()));
        scenario.storages().forEach(s -> ids.add(s.id()));
        nodeIds = ids.toArray(String[]::new);
        index = new HashMap<>(nodeIds.length * 2);
        for (int i = 0; i < nodeIds.length; i++) {
            index.putIfAbsent(nodeIds[i], i);
        }
        int n = nodeIds.length;
        parent = new int[n];
        parentLink = new Link[n];
        depth = new int[n];
        root = new int[n];
        bfsOrder = new int[n];
        upMark = new double[n];
        downMark = new double[n];
        upCountMark = new double[n];
        downCountMark = new double[n];
        sent = new double[n];
        received = new double[n];
        Arrays.fill(parent, -1);
        Arrays.fill(root, -1);
        buildSpanningForest(scenario.network().graph(), rootCandidates(scenario));
    }

    // Switches by fabric bandwidth then link count, then storages and hosts by link count.
    private List<String> rootCandidates(Scenario scenario) {
        Map<String, Integer> degree = new HashMap<>();
        for (Link l : scenario.links()) {
            degree.merge(l.from(), 1, Integer::sum);
            degree.merge(l.to(), 1, Integer::sum);
        }
        List<String> candidates = new ArrayList<>();
        scenario.switches().stream()
                .sorted(Comparator.comparingDouble(NetworkSwitch::bandwidth).reversed()
                        .thenComparing(s -> -degree.getOrDefault(s.id(), 0)))
                .forEach(s -> candidates.add(s.id()));
        List<String> rest = new ArrayList<>();
        scenario.storages().stream().map(Storage::id).forEach(rest::add);
        scenario.hosts().stream().map(Host::id).forEach(rest::add);
        rest.sort(Comparator.comparing(id -> -degree.getOrDefault(id, 0)));
        candidates.addAll(rest);
        return candidates;
    }

    private void buildSpanningForest(Graph<String, Link> graph, List<String> candidates) {
        int visited = 0;
        for (String start : candidates) {
            Integer startIndex = index.get(start);
            if (startIndex == null || root[startIndex] >= 0 || !graph.containsVertex(start)) {
                continue;
            }
            BreadthFirstIterator<String, Link> bfs = new BreadthFirstIterator<>(graph, start);
            while (bfs.hasNext()) {
                String v = bfs.next();
                int vi = index.get(v);
                root[vi] = startIndex;
                bfsOrder[visited++] = vi;
                String p = bfs.getParent(v);
                if (p != null) {
                    parent[vi] = index.get(p);
                    parentLink[vi] = bfs.getSpanningTreeEdge(v);
                    depth[vi] = bfs.getDepth(v);
                    childOfLink.put(parentLink[vi].id(), vi);
                }
            }
        }
    }

    int nodeCount() {
        return nodeIds.length;
    }

    /** The node index of an id, or -1 when the id is no host, switch or storage. */
    public int indexOf(String nodeId) {
        Integer i = index.get(nodeId);
        return i == null ? -1 : i;
    }

    /** The top of the part of the network holding the node (where outbound traffic leaves). */
    public String topOf(String nodeId) {
        int i = indexOf(nodeId);
        return i < 0 ? null : nodeIds[root[i]];
    }

    /**
     * Adds a flow of {@code rate} bytes/s from node {@code src} to node {@code dst}, or to the top
     * of the network when {@code dst} is -1. Returns false when the two are not connected.
     */
    boolean addFlow(int src, int dst, double rate) {
        int target = dst < 0 ? root[src] : dst;
        if (root[src] != root[target]) {
            return false;
        }
        if (src == target || rate <= 0) {
            return true;
        }
        int lca = lowestCommonAncestor(src, target);
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

    private int lowestCommonAncestor(int a, int b) {
        while (depth[a] > depth[b]) {
            a = parent[a];
        }
        while (depth[b] > depth[a]) {
            b = parent[b];
        }
        while (a != b) {
            a = parent[a];
            b = parent[b];
        }
        return a;
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
        for (int k = bfsOrder.length - 1; k >= 0; k--) {
            int v = bfsOrder[k];
            if (parent[v] >= 0) {
                sums[parent[v]] += sums[v];
            }
        }
        return sums;
    }

    /** Bytes/s on the link towards the top (index 0) and away from it (index 1); zeros for links off the tree. */
    public double[] linkLoad(String linkId) {
        Integer child = childOfLink.get(linkId);
        return child == null ? new double[] {0, 0} : new double[] {Math.max(0, up[child]), Math.max(0, down[child])};
    }

    /** Whether the link carries traffic (it is on the spanning tree). */
    public boolean onTree(String linkId) {
        return childOfLink.containsKey(linkId);
    }

    /** Traffic entering a node from all its links (what a switch fabric forwards), bytes/s. */
    double throughput(int node) {
        return (parent[node] >= 0 ? Math.max(0, down[node]) : 0) + childUpSum[node];
    }

    private void sumChildren() {
        childUpSum = new double[nodeIds.length];
        for (int v = 0; v < nodeIds.length; v++) {
            if (parent[v] >= 0) {
                childUpSum[parent[v]] += Math.max(0, up[v]);
            }
        }
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
        if (a < 0 || b < 0 || root[a] != root[b]) {
            return null;
        }
        int lca = lowestCommonAncestor(a, b);
        List<Hop> hops = new ArrayList<>();
        for (int v = a; v != lca; v = parent[v]) {
            hops.add(new Hop(parentLink[v], true, share(parentLink[v].bandwidth(), up[v], upCount[v])));
        }
        List<Hop> down = new ArrayList<>();
        for (int v = b; v != lca; v = parent[v]) {
            down.add(0, new Hop(parentLink[v], false, share(parentLink[v].bandwidth(), this.down[v], downCount[v])));
        }
        hops.addAll(down);
        return hops;
    }

    private static double share(double bandwidth, double load, double flows) {
        return Math.max(bandwidth - Math.max(0, load), bandwidth / (Math.max(0, Math.round(flows)) + 1));
    }
}
