package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A drag's geometry, moved from the last one, draws what a full build of the same design draws. */
class DiagramGeometryMoveTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void movingHostsGivesTheBoxesChipsLinksAndHullsOfAFullBuild(boolean vmCounts) {
        Scenario generated = new ScenarioGenerator().generate(new GeneratorParameters(60, 400, 6, 7));
        Scenario s = generated.withLayout(new Layout(NodePositions.treeLayout(generated)));
        double scale = vmCounts ? 0.2 : 1;
        DiagramGeometry g = DiagramGeometry.of(s, scale);
        Random random = new Random(13);
        for (int step = 0; step < 25; step++) {
            // Into empty space far below, so no badge of a full build has to step around another.
            Map<String, Position> positions = new LinkedHashMap<>(s.layout().positions());
            List<String> hosts = s.hosts().stream().map(h -> h.id()).toList();
            List<String> moved = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                String id = hosts.get(random.nextInt(hosts.size()));
                positions.put(id, new Position(random.nextInt(20_000) * 1.5, 40_000 + step * 3_000 + k * 1_000));
                moved.add(id);
            }
            s = s.withLayout(new Layout(positions));
            // Every other step names the moved nodes, as a drag does; the others let movedTo find them.
            g = step % 2 == 0 ? g.movedTo(s, moved) : g.movedTo(s);
            assertSameDrawing(DiagramGeometry.of(s, scale), g);
            assertEquals(g.computeBounds(), g.bounds(), "the bounds kept during a drag are those of what is drawn");
            Set<String> attached = g.attachedTo(moved);
            assertTrue(attached.containsAll(moved), "what moves is attached to the moved nodes");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aBuildAfterALayoutChangeTakingThePreviousStructureIsAFreshBuild(boolean vmCounts) {
        Scenario generated = new ScenarioGenerator().generate(new GeneratorParameters(60, 400, 6, 7));
        double scale = vmCounts ? 0.2 : 1;
        DiagramGeometry before = DiagramGeometry.of(generated, scale);
        // An auto-layout: every node elsewhere, nothing else changed (the open of a file whose boxes overlapped).
        Scenario laidOut = generated.withLayout(new Layout(NodePositions.treeLayout(generated)));
        DiagramGeometry shared = DiagramGeometry.of(laidOut, scale, before);
        DiagramGeometry fresh = DiagramGeometry.of(laidOut, scale);
        assertSameDrawing(fresh, shared);
        assertEquals(fresh.applications(), shared.applications());
        for (String id : fresh.hulls().keySet()) {
            assertEquals(fresh.hulls().get(id).label(), shared.hulls().get(id).label(), id);
        }
        assertEquals(fresh.bounds(), shared.bounds());
        // The other level of detail, built from the shared one, is the fresh one's too.
        assertSameDrawing(fresh.forScale(vmCounts ? 1 : 0.2), shared.forScale(vmCounts ? 1 : 0.2));
        // Another design is built anew: nothing of the previous one is taken.
        Scenario fewer = generated.withLayout(laidOut.layout()).withVms(laidOut.vms().subList(0, 200));
        assertSameDrawing(DiagramGeometry.of(fewer, scale), DiagramGeometry.of(fewer, scale, shared));
    }

    @Test
    void nothingMovedKeepsTheGeometryAndAnotherEditBuildsAnew() {
        Scenario rack = SmallDesigns.rack();
        DiagramGeometry g = DiagramGeometry.of(rack);
        assertSame(g, g.movedTo(rack.withLayout(rack.layout())));
        Scenario renamed = rack.withHosts(rack.hosts().stream()
                .map(h -> h.id().equals("h1") ? h.withName("renamed") : h).toList());
        assertEquals("renamed", g.movedTo(renamed).caption("h1"));
    }

    private static void assertSameDrawing(DiagramGeometry full, DiagramGeometry moved) {
        assertEquals(full.nodes(), moved.nodes());
        assertEquals(full.vms(), moved.vms());
        assertEquals(full.links(), moved.links());
        for (String app : full.applications().keySet()) {
            Rect a = full.applications().get(app).rect();
            Rect b = moved.applications().get(app).rect();
            DiagramGeometry.Hull domain = full.hulls().values().stream()
                    .filter(h -> h.bounds().x() == a.x() && a.y() > h.bounds().maxY()).findFirst().orElse(null);
            if (domain == null) {
                assertEquals(a, b, app);
            } else {
                // Under a domain a badge steps down past the labels around; those stay put during a drag.
                assertEquals(a.x(), b.x(), app);
                assertTrue(b.y() >= moved.hulls().get(domain.id()).bounds().maxY(), app);
            }
        }
        assertEquals(full.hulls().keySet(), moved.hulls().keySet());
        for (String id : full.hulls().keySet()) {
            DiagramGeometry.Hull a = full.hulls().get(id);
            DiagramGeometry.Hull b = moved.hulls().get(id);
            assertEquals(a.outline(), b.outline(), id);
            assertEquals(a.bounds(), b.bounds(), id);
            assertEquals(a.pieces(), b.pieces(), id);
            assertEquals(a.sparse(), b.sparse(), id);
        }
        List<String> ids = new ArrayList<>(full.nodes().keySet());
        assertEquals(ids, new ArrayList<>(moved.nodes().keySet()), "drawing order");
    }
}
