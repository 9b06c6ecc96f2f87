package org.clustercomposer.simulation.event;

/** Planned maintenance is over: the host rejoins the pool. */
public record MaintenanceEnd(int host) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
