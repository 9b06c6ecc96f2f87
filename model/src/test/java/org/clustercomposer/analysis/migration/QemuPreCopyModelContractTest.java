package org.clustercomposer.analysis.migration;

class QemuPreCopyModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return QemuPreCopyModel.of(HypervisorMigrationSettings.qemuDefaults());
    }
}
