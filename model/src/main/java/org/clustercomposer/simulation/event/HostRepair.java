package org.clustercomposer.simulation.event;

/** A failed host comes back, empty and switched on. */
public record HostRepair(int host) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
