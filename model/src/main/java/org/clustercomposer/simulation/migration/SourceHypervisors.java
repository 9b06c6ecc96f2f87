package org.clustercomposer.simulation.migration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.analysis.migration.QemuPreCopyModel;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.HypervisorMigrationSettings;

/**
 * The QEMU model each host's outgoing live migrations run with: its hypervisor's migration settings as a planned
 * move runs them ({@link MigrationMethod#planned}: libvirt lifts QEMU's default cap) and the calibration profile they
 * name, the same model {@code drain}, the editor and {@code migration-cost --scenario} price that host's moves with.
 * Built once per run; hosts with the same settings share one model.
 */
public final class SourceHypervisors {

    private final QemuPreCopyModel[] byHost;

    private SourceHypervisors(QemuPreCopyModel[] byHost) {
        this.byHost = byHost;
    }

    /**
     * @throws IllegalArgumentException when a profile a hypervisor names cannot be read (naming the file)
     */
    public static SourceHypervisors of(Scenario scenario, MigrationProfiles profiles) {
        List<Host> hosts = scenario.hosts();
        QemuPreCopyModel[] byHost = new QemuPreCopyModel[hosts.size()];
        Map<HypervisorMigrationSettings, QemuPreCopyModel> bySettings = new HashMap<>();
        for (int h = 0; h < byHost.length; h++) {
            Host host = hosts.get(h);
            HypervisorMigrationSettings settings = host.hypervisor() == null
                    ? HypervisorMigrationSettings.qemuDefaults() : host.hypervisor().migration();
            byHost[h] = bySettings.computeIfAbsent(settings, s -> new QemuPreCopyModel(MigrationMethod.planned(s),
                    profiles.profileFor(s)));
        }
        return new SourceHypervisors(byHost);
    }

    /** The model of a move leaving host {@code h} (its index in the scenario). */
    public QemuPreCopyModel model(int h) {
        return byHost[h];
    }
}
