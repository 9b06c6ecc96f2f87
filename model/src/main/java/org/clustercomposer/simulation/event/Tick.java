package org.clustercomposer.simulation.event;

/** The periodic step: workloads take their next value, the policy runs, samples are recorded. */
public record Tick(int step) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.TICK;
    }
}
