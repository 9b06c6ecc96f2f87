package org.clustercomposer.topology;

import java.util.Collection;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The physical network as a JGraphT graph: vertices are node ids (hosts, switches, storages),
 * edges are links. Traffic is routed on it by {@link RoutingTree}, the one rule of both engines.
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
}
