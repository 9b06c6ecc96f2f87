package org.clustercomposer.topology;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The physical network as a JGraphT graph: vertices are node ids (hosts, switches, storages),
 * edges are links. Paths are fewest-hops, as switches forward on shortest paths.
 */
public final class NetworkGraph {

    private final Graph<String, Link> graph;

    private NetworkGraph(Graph<String, Link> graph) {
        this.graph = graph;
    }

    public static NetworkGraph of(Collection<Host> hosts, Collection<NetworkSwitch> switches,
                                  Collection<Storage> storages, Collection<Link> links) {
        Graph<String, Link> g = GraphTypeBuilder.<String, Link>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
        hosts.forEach(h -> g.addVertex(h.id()));
        switches.forEach(s -> g.addVertex(s.id()));
        storages.forEach(s -> g.addVertex(s.id()));
        for (Link link : links) {
            if (g.containsVertex(link.from()) && g.containsVertex(link.to()) && !link.from().equals(link.to())) {
                g.addEdge(link.from(), link.to(), link);
            }
        }
        return new NetworkGraph(g);
    }

    public Graph<String, Link> graph() {
        return graph;
    }

    /** The links on a fewest-hops path between two nodes; empty when they are not connected. */
    public Optional<List<Link>> path(String from, String to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(List.of());
        }
        GraphPath<String, Link> path = BFSShortestPath.findPathBetween(graph, from, to);
        return path == null ? Optional.empty() : Optional.of(path.getEdgeList());
    }

    public boolean connected(String a, String b) {
        return graph.containsVertex(a) && graph.containsVertex(b)
                && new ConnectivityInspector<>(graph).pathExists(a, b);
    }

    /** The connected components, each a set of node ids. */
    public List<Set<String>> components() {
        return new ConnectivityInspector<>(graph).connectedSets();
    }
}
