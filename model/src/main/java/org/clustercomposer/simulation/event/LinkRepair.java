package org.clustercomposer.simulation.event;

/** A failed link comes back. */
public record LinkRepair(int link) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
