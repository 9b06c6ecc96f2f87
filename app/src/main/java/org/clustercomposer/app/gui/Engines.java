package org.clustercomposer.app.gui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.scenario.validation.IncrementalValidation;
import org.clustercomposer.views.prediction.LoadPredictor;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.clustercomposer.views.problems.ProblemItem;
import org.clustercomposer.views.problems.ProblemSource;

/** The model-side engines the editor runs after every edit: one validation shared by the Problems panel and the load predictor. */
final class Engines {

    private Engines() {
    }

    /** One validation per window, shared by the Problems panel and the predictor: each edit is validated once. */
    static IncrementalValidation validation() {
        return new IncrementalValidation();
    }

    static ProblemSource validator(IncrementalValidation validation) {
        return s -> validation.validate(s).stream().map(p -> new ProblemItem(p.path(), p.message(), null)).toList();
    }

    /** One daemon thread, tasks in order: checks of successive edits never overlap. */
    static ExecutorService background(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    static LoadPredictor predictor(IncrementalValidation validation) {
        return new UtilizationLoadPredictor(UtilizationAnalysis.standard(), validation::validate);
    }
}
