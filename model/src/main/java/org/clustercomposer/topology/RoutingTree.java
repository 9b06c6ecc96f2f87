package org.clustercomposer.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jgrapht.Graph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The routing rule of both engines (docs/decisions/0111-one-routing-rule.md). Each connected part
 * of the network is a tree rooted at its top: the switch with the largest fabric bandwidth, then
 * the most links, then the first in the file; a part without a switch is rooted at its storage or
 * host with the most links (storages first, then file order). Traffic between two nodes follows the
 * breadth-first spanning tree from that top, found with JGraphT: on tree topologies (star,
 * rack/aggregation/core) that is the fewest-hops path, on meshes it is what Ethernet's spanning
 * tree protocol does (links off the tree carry nothing). Traffic out of the cluster leaves through
 * the top of its part.
 *
 * <p>Nodes are numbered hosts first (in file order, so a host's number is its position), then
 * switches, then storages. Building costs one breadth-first search per part, O(nodes + links); a
 * path costs O(depth).
 */
public final class RoutingTree {

    private final String[] nodeIds;
    private final Map<String, Integer> index;
    private final int[] parent;
    private final Link[] parentLink;
    private final int[] depth;
    private final int[] root;
    private final int[] bfsOrder;
    private final Map<String, Integer> childOfLink = new HashMap<>();

    private RoutingTree(Collection<Host> hosts, Collection<NetworkSwitch> switches, Collection<Storage> storages,
                        Collection<Link> links) {
        List<String> ids = new ArrayList<>();
        hosts.forEach(h -> ids.add(h.id()));
        switches.forEach(s -> ids.add(s.id()));
        storages.forEach(s -> ids.add(s.id()));
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
        Arrays.fill(parent, -1);
        Arrays.fill(root, -1);
        Graph<String, Link> graph = NetworkGraph.of(hosts, switches, storages, links).graph();
        buildSpanningForest(graph, topCandidates(hosts, switches, storages, links));
    }

    /**
     * Bytes per second of a copy that crosses no link (a process moving between two VMs on one host): ten times the
     * fastest host's NIC, in both engines (the event-driven engine's flows with an empty path, the editor's preview).
     */
    public static double inMachineBandwidth(Collection<Host> hosts) {
        double fastest = hosts.stream().mapToDouble(Host::nicBandwidth).max().orElse(1e9);
        return Math.max(fastest, 1) * 10;
    }

    /** The tree of a network over these links (all of a scenario's, or only those that work). */
    public static RoutingTree of(Collection<Host> hosts, Collection<NetworkSwitch> switches,
                                 Collection<Storage> storages, Collection<Link> links) {
        return new RoutingTree(hosts, switches, storages, links);
    }

    // Switches by fabric bandwidth then link count, then storages and hosts by link count; ties in file order.
    private static List<String> topCandidates(Collection<Host> hosts, Collection<NetworkSwitch> switches,
                                              Collection<Storage> storages, Collection<Link> links) {
        Map<String, Integer> degree = new HashMap<>();
        for (Link l : links) {
            degree.merge(l.from(), 1, Integer::sum);
            degree.merge(l.to(), 1, Integer::sum);
        }
        List<String> candidates = new ArrayList<>();
        switches.stream()
                .sorted(Comparator.comparingDouble(NetworkSwitch::bandwidth).reversed()
                        .thenComparing(s -> -degree.getOrDefault(s.id(), 0)))
                .forEach(s -> candidates.add(s.id()));
        List<String> rest = new ArrayList<>();
        storages.stream().map(Storage::id).forEach(rest::add);
        hosts.stream().map(Host::id).forEach(rest::add);
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

    public int nodeCount() {
        return nodeIds.length;
    }

    /** The node number of an id, or -1 when the id is no host, switch or storage. */
    public int indexOf(String nodeId) {
        Integer i = index.get(nodeId);
        return i == null ? -1 : i;
    }

    public String nodeId(int node) {
        return nodeIds[node];
    }

    /** The node one step towards the top, or -1 at the top. */
    public int parent(int node) {
        return parent[node];
    }

    /** The link towards the top, or null at the top. */
    public Link parentLink(int node) {
        return parentLink[node];
    }

    /** The top of the node's part of the network (where its traffic out of the cluster leaves). */
    public int top(int node) {
        return root[node];
    }

    /** The top of the part holding a node, or null when the id is no node. */
    public String topOf(String nodeId) {
        int i = indexOf(nodeId);
        return i < 0 ? null : nodeIds[root[i]];
    }

    /** Every node, each after its parent (breadth first from each top): walk it backwards to sum subtrees. */
    public int[] topDownOrder() {
        return bfsOrder.clone();
    }

    public boolean connected(int a, int b) {
        return root[a] == root[b];
    }

    /** The node below a link of the tree, or -1 when the link is off the tree (standby, carries nothing). */
    public int childOf(String linkId) {
        Integer child = childOfLink.get(linkId);
        return child == null ? -1 : child;
    }

    public boolean onTree(String linkId) {
        return childOfLink.containsKey(linkId);
    }

    /** Where the paths from two nodes of one part towards the top meet. */
    public int lowestCommonAncestor(int a, int b) {
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

    /** The links from one node to another along the tree, in order; empty when they are not connected. */
    public Optional<List<Link>> path(String from, String to) {
        int a = indexOf(from);
        int b = indexOf(to);
        if (a < 0 || b < 0 || !connected(a, b)) {
            return Optional.empty();
        }
        int lca = lowestCommonAncestor(a, b);
        List<Link> up = new ArrayList<>();
        for (int v = a; v != lca; v = parent[v]) {
            up.add(parentLink[v]);
        }
        List<Link> down = new ArrayList<>();
        for (int v = b; v != lca; v = parent[v]) {
            down.add(parentLink[v]);
        }
        for (int k = down.size() - 1; k >= 0; k--) {
            up.add(down.get(k));
        }
        return Optional.of(up);
    }
}
