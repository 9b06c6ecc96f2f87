package org.clustercomposer.analysis.migration;

class BlockMigrationModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return new BlockMigrationModel(new PreCopyMigrationModel());
    }
}
