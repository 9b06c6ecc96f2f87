package org.clustercomposer.simulation.event;

/**
 * A stage of a migration that moves no bytes has ended: the pause after the final copy (switchover, zero-page scan),
 * post-copy's switch to the destination, or a pre-copy stretch with nothing to send.
 */
public record MigrationWaitOver(int migration) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FLOW;
    }
}
