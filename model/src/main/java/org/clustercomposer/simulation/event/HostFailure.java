package org.clustercomposer.simulation.event;

/** A host stops: its VMs and SSI processes are lost or restarted elsewhere. */
public record HostFailure(int host) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FAULT;
    }
}
