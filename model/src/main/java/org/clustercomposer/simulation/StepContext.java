package org.clustercomposer.simulation;

import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;
import org.clustercomposer.simulation.migration.MigrationManager;
import org.clustercomposer.simulation.policy.PolicyContext;

/** The engine as a policy sees it during one step. */
final class StepContext implements PolicyContext {

    private final ClusterModel cluster;
    private final ProcessTable processes;
    private final MigrationManager migrations;
    private final String policyName;
    private double now;

    StepContext(ClusterModel cluster, ProcessTable processes, MigrationManager migrations, String policyName) {
        this.policyName = policyName;
        this.cluster = cluster;
        this.processes = processes;
        this.migrations = migrations;
    }

    void at(double time) {
        now = time;
    }

    @Override
    public ClusterModel cluster() {
        return cluster;
    }

    @Override
    public ProcessTable processes() {
        return processes;
    }

    @Override
    public double now() {
        return now;
    }

    @Override
    public boolean migrateVm(int vm, int targetHost) {
        return cluster.isUsable(targetHost) && migrations.startVm(vm, targetHost, now, policyName);
    }

    @Override
    public boolean migrateProcess(int process, int targetPlace) {
        int host = cluster.hostOfPlace(targetPlace);
        return host >= 0 && cluster.isUsable(host) && migrations.startProcess(process, targetPlace, now, policyName);
    }

    @Override
    public boolean migrating(int host) {
        return migrations.busy(host);
    }

    @Override
    public void switchOn(int host) {
        if (!cluster.isFailed(host)) {
            cluster.setOn(host, true);
        }
    }

    @Override
    public void switchOff(int host) {
        if (cluster.vmsOn(host).isEmpty() && !migrations.busy(host)) {
            cluster.setOn(host, false);
        }
    }
}
