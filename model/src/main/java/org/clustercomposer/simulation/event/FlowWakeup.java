package org.clustercomposer.simulation.event;

/**
 * The earliest flow completion predicted at the last rate change. A newer rate change makes this
 * event stale: the engine ignores it when {@code version} no longer matches the network's.
 */
public record FlowWakeup(long version) implements SimEvent {
    @Override
    public int priority() {
        return EventPriority.FLOW;
    }
}
