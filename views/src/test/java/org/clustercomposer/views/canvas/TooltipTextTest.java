package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

class TooltipTextTest {

    @Test
    void explainsWhatAnElementIsAndWhereItsLoadComesFrom() {
        DiagramGeometry g = DiagramGeometry.of(SmallDesigns.rack());
        String text = TooltipText.describe("h1", g, Map.of("h1",
                new ElementLoad(1.25, true, "CPU 125 % — demand 20 cores / capacity 16 cores")));
        assertEquals("h1 — 16 × 2.4 GHz · 64 GiB · kvm\nOVERLOADED 125 %\nCPU 125 % — demand 20 cores / capacity 16 cores",
                text);
        assertEquals("vm1 — 4 vCPU · 8 GiB", TooltipText.describe("vm1", g, Map.of()));
    }
}
