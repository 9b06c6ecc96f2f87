package org.clustercomposer.simulation.event;

/** A link goes down: flows crossing it are cut and routes avoid it. */
public record LinkFailure(int link) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
