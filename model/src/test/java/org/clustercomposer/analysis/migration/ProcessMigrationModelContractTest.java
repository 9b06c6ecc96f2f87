package org.clustercomposer.analysis.migration;

class ProcessMigrationModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return ProcessMigrationModel.lazy();
    }
}
