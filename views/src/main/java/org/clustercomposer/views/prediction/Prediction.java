package org.clustercomposer.views.prediction;

import java.util.Map;

import org.clustercomposer.analysis.utilization.IndexedMap;

/**
 * The loads predicted for one exact revision of the document.
 *
 * @param revision the command stack revision the scenario had
 * @param loads    by element id
 * @param millis   how long the engine took
 */
public record Prediction(long revision, Map<String, ElementLoad> loads, double millis) {

    public Prediction {
        // The predictor's map is immutable already: copying 100,000 loads per edit would cost more than predicting.
        loads = loads instanceof IndexedMap ? loads : Map.copyOf(loads);
    }

    public static Prediction none() {
        return new Prediction(-1, Map.of(), 0);
    }

    public long overloadCount() {
        return loads.values().stream().filter(l -> l.level() == ElementLoad.LoadLevel.OVERLOADED).count();
    }
}
