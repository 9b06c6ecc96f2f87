package org.clustercomposer.app.gui;

import java.util.List;
import java.util.Optional;

import org.clustercomposer.views.prediction.LoadPredictor;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.clustercomposer.views.problems.ProblemSource;

/** The model-side engines the editor runs after every edit: the validator and the load predictor. */
final class Engines {

    private Engines() {
    }

    static ProblemSource validator() {
        return s -> List.of();
    }

    static Optional<LoadPredictor> predictor() {
        return Optional.of(UtilizationLoadPredictor.standard());
    }
}
