package org.clustercomposer.app.gui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    static ExecutorService background(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    static LoadPredictor predictor() {
        return UtilizationLoadPredictor.standard();
    }
}
