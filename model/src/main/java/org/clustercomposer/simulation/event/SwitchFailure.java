package org.clustercomposer.simulation.event;

/** A switch fails: every link attached to it goes down. */
public record SwitchFailure(int networkSwitch) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
