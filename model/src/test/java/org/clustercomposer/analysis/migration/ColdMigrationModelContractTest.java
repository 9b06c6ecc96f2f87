package org.clustercomposer.analysis.migration;

class ColdMigrationModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return new ColdMigrationModel();
    }
}
