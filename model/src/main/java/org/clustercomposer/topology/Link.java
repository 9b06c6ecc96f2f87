package org.clustercomposer.topology;

/**
 * A full-duplex network link between two nodes (hosts, switches or storages), named by id.
 *
 * @param bandwidth bytes per second in each direction
 * @param latency   one-way latency in seconds
 */
public record Link(String id, String from, String to, double bandwidth, double latency) implements Element {

    /** Links have no name of their own: people know them by their ends. */
    @Override
    public String name() {
        return "";
    }

    public boolean touches(String nodeId) {
        return from.equals(nodeId) || to.equals(nodeId);
    }

    public String otherEnd(String nodeId) {
        return from.equals(nodeId) ? to : from;
    }
}
