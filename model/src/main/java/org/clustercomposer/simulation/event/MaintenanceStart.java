package org.clustercomposer.simulation.event;

/** Planned maintenance: the host is drained (its VMs migrated away), then kept off for {@code length} s. */
public record MaintenanceStart(int host, double length) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
