package org.clustercomposer.topology;

/**
 * Shared storage (NAS/SAN) reachable over the network. VMs whose disks live here migrate without
 * copying their disk.
 *
 * @param capacity  bytes
 * @param bandwidth bytes per second it can serve
 */
public record Storage(String id, String name, double capacity, double bandwidth) implements Element {
}
