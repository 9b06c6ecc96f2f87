package org.clustercomposer.simulation.event;

/** A migrated VM has finished resuming on its new host after stop-and-copy. */
public record MigrationResumed(int migration) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FLOW;
    }
}
