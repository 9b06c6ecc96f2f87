package org.clustercomposer.simulation.event;

/** Tie-breaking order of events that fall on the same instant. */
final class EventPriority {
    /** Faults, repairs and maintenance change the cluster before anyone looks at it. */
    static final int FAULT = 0;
    /** Finished transfers land before the tick, so the policy sees the migrated VMs in place. */
    static final int FLOW = 1;
    static final int TICK = 2;

    private EventPriority() {
    }
}
