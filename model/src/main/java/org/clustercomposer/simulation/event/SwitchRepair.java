package org.clustercomposer.simulation.event;

/** A failed switch comes back with its links. */
public record SwitchRepair(int networkSwitch) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
