package org.clustercomposer.analysis.migration;

/** A model whose explanations carry one more note (what a caller assumed for it, such as a lifted cap). */
record NotedMigrationModel(MigrationCostModel model, String note) implements MigrationCostModel {

    NotedMigrationModel {
        if (model == null || note == null) {
            throw new IllegalArgumentException("a model and a note are required");
        }
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public MigrationCost cost(MigrationRequest request) {
        MigrationCost c = model.cost(request);
        return new MigrationCost(c.totalSeconds(), c.downtimeSeconds(), c.bytesSent(), c.rounds(), c.converged(),
                c.explanation().withNote(note), c.roundBytes());
    }
}
