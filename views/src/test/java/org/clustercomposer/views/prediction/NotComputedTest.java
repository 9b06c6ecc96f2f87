package org.clustercomposer.views.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Host;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

/** The editor's predictions follow the command line's rule: a design with rule problems gets no numbers. */
class NotComputedTest {

    private static Scenario withZeroCores() {
        Scenario s = SmallDesigns.rack();
        List<Host> hosts = new ArrayList<>(s.hosts());
        hosts.set(0, hosts.get(0).withCores(0));
        return s.withHosts(hosts);
    }

    @Test
    void aHostWithZeroCoresGetsNotComputedInsteadOfAHugePercentage() {
        UtilizationLoadPredictor predictor = UtilizationLoadPredictor.standard();
        assertFalse(predictor.predict(SmallDesigns.rack()).isEmpty(), "a valid design gets loads");
        String message = assertThrows(UtilizationLoadPredictor.NotComputed.class,
                () -> predictor.predict(withZeroCores())).getMessage();
        assertTrue(message.startsWith("not computed: "), message);
        assertTrue(message.contains("with the design's rules"), message);
    }

    @Test
    void theServiceReportsNotComputedAsAFailure() throws Exception {
        PredictionService service = new PredictionService(UtilizationLoadPredictor.standard(), Runnable::run);
        List<String> failures = new CopyOnWriteArrayList<>();
        List<Prediction> results = new CopyOnWriteArrayList<>();
        service.request(withZeroCores(), 1, results::add, failures::add);
        assertTrue(service.awaitIdle(10_000));
        service.close();
        assertEquals(List.of(), results);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith("not computed"), failures.get(0));
    }
}
