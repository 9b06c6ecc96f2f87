package org.clustercomposer.analysis.migration;

/** Process migration copying the whole address space (openMosix), beside the lazy one. */
class EagerProcessMigrationModelContractTest extends MigrationCostModelContract {

    @Override
    protected MigrationCostModel model() {
        return ProcessMigrationModel.eager();
    }
}
