package org.clustercomposer.analysis.migration;

class PostCopyMigrationModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return new PostCopyMigrationModel();
    }
}
