package org.clustercomposer.simulation.event;

/** A VM lost with its host boots again on another host. */
public record VmRestart(int vm) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
