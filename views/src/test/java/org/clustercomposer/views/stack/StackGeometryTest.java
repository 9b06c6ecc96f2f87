package org.clustercomposer.views.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

class StackGeometryTest {

    @Test
    void aDomainOverHostsStandsJustAboveTheHardwareOfExactlyItsMembers() {
        StackGeometry g = StackGeometry.of(SmallDesigns.rack(), TextMeasure.ESTIMATE);
        StackGeometry.Band band = g.bands().get("ssi");
        assertEquals(List.of("h2", "h3"), g.columns().keySet().stream().limit(2).toList(), "members first, side by side");
        assertEquals(g.columns().get("h2").x(), band.span().x(), 1e-9);
        assertEquals(g.columns().get("h3").maxX(), band.span().maxX(), 1e-9);
        assertTrue(band.span().maxY() <= g.hardware().get("h2").rect().y());
        assertTrue(band.span().y() > g.hypervisors().get("h2").rect().maxY(), "under the hypervisor");
        assertEquals(1, band.segments().size());
    }

    @Test
    void aVmOnAnSsiOverHostsStandsOnItsBand() {
        Scenario s = SmallDesigns.rack().withVms(List.of(SmallDesigns.vm("big", "ssi")));
        StackGeometry g = StackGeometry.of(s, TextMeasure.ESTIMATE);
        var chip = g.vms().get("big").rect();
        var band = g.bands().get("ssi").span();
        assertTrue(chip.maxY() <= band.y() && chip.x() >= band.x() && chip.maxX() <= band.maxX());
        assertEquals("ssi", g.containerAt(band.centerX(), band.centerY()), "a VM dropped on the band goes onto the SSI");
        assertEquals("h1", g.containerAt(g.columns().get("h1").x() + 5, -10), "elsewhere in a column: its host");
    }

    @Test
    void interleavedDomainsOverVmsStandOnTwoLevelsEachOverOnlyItsMembers() {
        Scenario s = SmallDesigns.rack().withVms(List.of(SmallDesigns.vm("a1", "h1"), SmallDesigns.vm("b1", "h1"),
                SmallDesigns.vm("a2", "h2"), SmallDesigns.vm("b2", "h2"))).withSsiDomains(List.of(
                new SsiDomain("A", "A", SsiKind.KERRIGHED, List.of("a1", "a2"), 0.2, 0.02),
                new SsiDomain("B", "B", SsiKind.KERRIGHED, List.of("b1", "b2"), 0.2, 0.02)));
        StackGeometry g = StackGeometry.of(s, TextMeasure.ESTIMATE);
        StackGeometry.Band a = g.bands().get("A");
        StackGeometry.Band b = g.bands().get("B");
        assertEquals(2, a.segments().size());
        assertTrue(a.level() != b.level());
        for (String other : List.of("b1", "b2")) {
            var chip = g.vms().get(other).rect();
            assertTrue(a.segments().stream().noneMatch(r -> r.x() < chip.maxX() && r.maxX() > chip.x()), other);
        }
        assertEquals("A", g.hit(a.segments().get(1).centerX(), a.segments().get(1).centerY(),
                org.clustercomposer.views.canvas.LayerVisibility.all()));
    }

    @Test
    void buildsALargeGeneratedDesign() {
        Scenario large = new ScenarioGenerator().generate(new GeneratorParameters(1000, 10_000, 20, 42));
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            StackGeometry g = StackGeometry.of(large, TextMeasure.ESTIMATE);
            System.out.printf("stack geometry, 1,000 hosts / 10,000 VMs: %.0f ms%n", (System.nanoTime() - start) / 1e6);
            assertEquals(10_000, g.vms().size());
        }
    }
}
