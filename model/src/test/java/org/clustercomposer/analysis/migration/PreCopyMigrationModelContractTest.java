package org.clustercomposer.analysis.migration;

class PreCopyMigrationModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return new PreCopyMigrationModel();
    }
}
