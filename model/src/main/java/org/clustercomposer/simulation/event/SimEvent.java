package org.clustercomposer.simulation.event;

/**
 * Something that happens at one instant of simulated time. Sealed so the engine's dispatch is an
 * exhaustive switch; elements are referred to by their dense index (host number, link number) so
 * the hot path never looks up strings.
 */
public sealed interface SimEvent permits Tick, FlowWakeup, HostFailure, HostRepair, LinkFailure, LinkRepair,
        SwitchFailure, SwitchRepair, MaintenanceStart, MaintenanceEnd, VmRestart, MigrationWaitOver {

    /** Order among events at the same time: lower runs first (faults before the periodic tick). */
    int priority();
}
