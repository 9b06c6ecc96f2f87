package org.clustercomposer.analysis.migration;

import org.clustercomposer.topology.HypervisorMigrationSettings;

class NotedMigrationModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return new NotedMigrationModel(QemuPreCopyModel.of(HypervisorMigrationSettings.qemuDefaults()
                .withMaxBandwidth(Double.POSITIVE_INFINITY)), MigrationMethod.LIBVIRT_CAP_NOTE);
    }
}
