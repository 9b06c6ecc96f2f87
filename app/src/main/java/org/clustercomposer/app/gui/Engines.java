package org.clustercomposer.app.gui;

import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.clustercomposer.views.prediction.LoadPredictor;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.clustercomposer.views.problems.ProblemItem;
import org.clustercomposer.views.problems.ProblemSource;

/** The model-side engines the editor runs after every edit: the validator and the load predictor. */
final class Engines {

    private Engines() {
    }

    static ProblemSource validator() {
        return s -> ScenarioValidator.validate(s).stream().map(p -> new ProblemItem(p.path(), p.message(), null)).toList();
    }

    /** One daemon thread, tasks in order: checks of successive edits never overlap. */
    static java.util.concurrent.ExecutorService background(String name) {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    static LoadPredictor predictor() {
        return UtilizationLoadPredictor.standard();
    }
}
