package org.clustercomposer.analysis.migration;

import org.clustercomposer.topology.HypervisorMigrationSettings;

class QemuPreCopyModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return QemuPreCopyModel.of(HypervisorMigrationSettings.qemuDefaults());
    }
}
