package org.clustercomposer.views.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

class PredictionServiceTest {

    @Test
    void aSlowResultForAnOlderRevisionIsNeverShown() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LoadPredictor slowFirst = s -> {
            if (s.name().equals("old")) {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Map.of("h1", new ElementLoad(s.name().equals("old") ? 0.1 : 0.9, false, s.name()));
        };
        List<Prediction> shown = new CopyOnWriteArrayList<>();
        try (PredictionService service = new PredictionService(slowFirst, Runnable::run)) {
            service.request(Scenario.empty("old"), 1, shown::add, e -> { });
            service.request(Scenario.empty("new"), 2, shown::add, e -> { });
            release.countDown();
            assertTrue(service.awaitIdle(5000));
        }
        assertEquals(1, shown.size(), "only the newest revision: " + shown);
        assertEquals(2, shown.get(0).revision());
        assertEquals("new", shown.get(0).loads().get("h1").explanation());
    }

    @Test
    void theAnalyticalEngineColorsHostsAndExplainsTheNumber() {
        Map<String, ElementLoad> loads = UtilizationLoadPredictor.standard().predict(SmallDesigns.rack());
        ElementLoad h1 = loads.get("h1");
        assertTrue(h1.utilization() > 0, "two VMs keep h1 busy");
        assertTrue(h1.explanation().contains("CPU"), h1.explanation());
        assertEquals(ElementLoad.LoadLevel.OVERLOADED, new ElementLoad(1.2, true, "").level());
        assertEquals(ElementLoad.LoadLevel.HIGH, new ElementLoad(0.85, false, "").level());
    }
}
