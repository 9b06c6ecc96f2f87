package org.clustercomposer.simulation.fault;

/**
 * Something that happened to the cluster: "host-failed", "host-repaired", "link-failed",
 * "vm-lost", "vm-restarted", "processes-lost", "domain-lost", "maintenance-started", ...
 */
public record Incident(double time, String kind, String element, String detail) {
}
