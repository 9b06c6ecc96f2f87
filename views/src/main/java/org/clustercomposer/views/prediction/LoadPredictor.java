package org.clustercomposer.views.prediction;

import java.util.Map;

import org.clustercomposer.scenario.Scenario;

/** Predicts the load of each element of a scenario, by id. Must be safe to call off the FX thread. */
public interface LoadPredictor {
    Map<String, ElementLoad> predict(Scenario scenario);
}
