package org.clustercomposer.simulation.policy;

import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;

/** What a policy may look at and do during one step. */
public interface PolicyContext {

    ClusterModel cluster();

    ProcessTable processes();

    double now();

    /** Starts a live migration; false when it cannot start (no path, VM busy or paused). */
    boolean migrateVm(int vm, int targetHost);

    /** Starts an SSI process migration to another place (host or VM) of its domain. */
    boolean migrateProcess(int process, int targetPlace);

    /** Whether a migration into or out of the host is in flight. */
    boolean migrating(int host);

    void switchOn(int host);

    void switchOff(int host);
}
