package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Storage;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

class DiagramGeometryTest {

    private final Scenario rack = SmallDesigns.rack();
    private final DiagramGeometry g = DiagramGeometry.of(rack);

    @Test
    void drawsVmChipsInsideTheirHostAndTheHostGrowsARowPerThreeVms() {
        Rect h1 = g.nodes().get("h1").rect();
        assertTrue(h1.contains(g.vms().get("vm1").rect()));
        assertTrue(h1.contains(g.vms().get("vm2").rect()));
        assertEquals(Shapes.hostHeight(2), h1.height());
        assertEquals(Shapes.hostHeight(0), g.nodes().get("h3").rect().height());
    }

    @Test
    void theSsiHullSurroundsItsMembersWithPadding() {
        DiagramGeometry.Hull hull = g.hulls().get("ssi");
        for (String member : List.of("h2", "h3")) {
            Rect r = g.nodes().get(member).rect().grow(Shapes.HULL_PADDING - 0.5);
            assertTrue(ConvexHull.contains(hull.outline(), r.x(), r.y()));
            assertTrue(ConvexHull.contains(hull.outline(), r.maxX(), r.maxY()));
        }
        assertTrue(!ConvexHull.contains(hull.outline(), g.nodes().get("h1").rect().centerX(),
                g.nodes().get("h1").rect().centerY()));
    }

    @Test
    void hitsTheMostSpecificElementFirst() {
        Rect chip = g.vms().get("vm3").rect();
        LayerVisibility all = LayerVisibility.all();
        assertEquals("vm3", g.hit(chip.centerX(), chip.centerY(), 2, all));
        Rect h2 = g.nodes().get("h2").rect();
        assertEquals("h2", g.hit(h2.x() + 5, h2.y() + 5, 2, all));
        assertEquals("ssi", g.hit(h2.x() - 5, h2.centerY(), 2, all), "inside the hull, outside the hosts");
        assertNull(g.hit(-500, -500, 2, all));
        assertEquals("h2", g.hit(chip.centerX(), chip.centerY(), 2, new LayerVisibility(true, false, true, true)),
                "a hidden layer is not hit");
    }

    @Test
    void aVmDroppedOnAHostLandsOnTheHostAndBesideItOnTheDomain() {
        Rect h3 = g.nodes().get("h3").rect();
        assertEquals("h3", g.containerAt(h3.centerX(), h3.centerY()));
        assertEquals("ssi", g.containerAt(h3.x() - 6, h3.centerY()));
        assertNull(g.containerAt(-400, 0));
    }

    @Test
    void rubberBandTakesOnlyWhatLiesWhollyInside() {
        Rect h1 = g.nodes().get("h1").rect();
        List<String> inside = g.idsInside(h1.grow(2), LayerVisibility.all());
        assertTrue(inside.containsAll(List.of("h1", "vm1", "vm2")));
        assertTrue(!inside.contains("h2"));
    }

    @Test
    void aScenarioWithoutLayoutGetsATreeWithTheSwitchAboveNonOverlappingHosts() {
        DiagramGeometry laid = DiagramGeometry.of(rack.withLayout(Layout.empty()));
        Rect sw = laid.nodes().get("sw").rect();
        List<Rect> hosts = List.of("h1", "h2", "h3").stream().map(id -> laid.nodes().get(id).rect()).toList();
        for (Rect h : hosts) {
            assertTrue(h.y() > sw.maxY(), "hosts below their switch");
        }
        for (int i = 0; i < hosts.size(); i++) {
            for (int j = i + 1; j < hosts.size(); j++) {
                assertTrue(!hosts.get(i).intersects(hosts.get(j)), "hosts do not overlap");
            }
        }
    }

    @Test
    void vmsOnAnSsiDomainAreDrawnInsideItsHull() {
        Scenario s = rack.withVms(List.of(SmallDesigns.vm("vm1", "ssi")));
        DiagramGeometry laid = DiagramGeometry.of(s);
        Rect chip = laid.vms().get("vm1").rect();
        assertTrue(ConvexHull.contains(laid.hulls().get("ssi").outline(), chip.centerX(), chip.centerY()));
    }

    @Test
    void aSparseHullOverDistantVmsIsTakenByItsEdgeNotItsEmptyInside() {
        Scenario s = rack.withSsiDomains(List.of(new SsiDomain("far", "far",
                SsiKind.MOSIX, List.of("vm1", "vm3"), 0.2, 0.02)));
        DiagramGeometry laid = DiagramGeometry.of(s.withLayout(rack.layout()
                .with("h2", new Position(300, 900))));
        DiagramGeometry.Hull hull = laid.hulls().get("far");
        assertTrue(hull.sparse());
        Rect b = hull.bounds();
        assertNull(laid.hit(b.centerX() + 60, b.centerY(), 2, LayerVisibility.all()), "empty inside is canvas");
        assertEquals("far", laid.hit(hull.label().centerX(), hull.label().centerY(), 2, LayerVisibility.all()));
    }

    @Test
    void zoomedOutAHostShrinksToItsVmCountAndAClickOnTheCountSelectsTheHost() {
        List<Vm> many = IntStream.range(0, 12)
                .mapToObj(i -> SmallDesigns.vm("v" + i, "h1")).toList();
        DiagramGeometry chips = DiagramGeometry.of(rack.withVms(many));
        DiagramGeometry counts = chips.forScale(DiagramRenderer.VM_DETAIL_SCALE / 2);
        assertTrue(counts.vmCounts());
        assertTrue(chips.forScale(1) == chips && counts.forScale(1) == chips, "one twin per level, built once");
        Rect tall = chips.nodes().get("h1").rect();
        Rect compact = counts.nodes().get("h1").rect();
        assertEquals(tall.x(), compact.x());
        assertEquals(tall.y(), compact.y());
        assertEquals(Shapes.HOST_HEADER + Shapes.VM_COUNT_HEIGHT + Shapes.HOST_PADDING, compact.height());
        assertTrue(compact.height() < tall.height());
        Rect badge = Shapes.vmCountBadge(compact);
        assertTrue(compact.contains(badge));
        assertEquals("h1", counts.hit(badge.centerX(), badge.centerY(), 2, LayerVisibility.all()));
        assertNull(counts.hit(compact.centerX(), compact.maxY() + 40, 2, LayerVisibility.all()),
                "below the compact box is empty canvas");
        assertEquals(Shapes.hostHeight(0), counts.nodes().get("h3").rect().height(), "a host without VMs keeps its size");
    }

    @Test
    void theLabelOfADomainOverVmsSitsBelowTheHostsOfItsVmsNotOnTheirBorder() {
        Scenario s = rack.withSsiDomains(List.of(new SsiDomain("v", "v",
                SsiKind.KERRIGHED, List.of("vm1", "vm3"), 0.2, 0.02)));
        DiagramGeometry laid = DiagramGeometry.of(s);
        Rect label = laid.hulls().get("v").label();
        assertTrue(label.y() > laid.nodes().get("h1").rect().maxY());
        assertTrue(label.y() > laid.nodes().get("h2").rect().maxY());
    }

    @Test
    void theLabelOfADomainOverVmsInsideAnSsiOnHostsStaysOffTheOuterBorder() {
        Scenario s = rack.withVms(List.of(SmallDesigns.vm("vm3", "h2"), SmallDesigns.vm("vm4", "h3")))
                .withSsiDomains(List.of(rack.ssiDomains().get(0),
                        new SsiDomain("inner", "inner", SsiKind.MOSIX, List.of("vm3", "vm4"), 0.2, 0.02)));
        DiagramGeometry laid = DiagramGeometry.of(s);
        Rect label = laid.hulls().get("inner").label();
        assertTrue(!DiagramGeometry.crosses(laid.hulls().get("ssi").outline(), label),
                "the inner label " + label + " is drawn on the border of the SSI on hosts");
    }

    @Test
    void interleavedDomainsOverVmsEncloseOnlyTheirOwnMembers() {
        // Two domains whose VMs alternate on the same hosts, as in the SSI-over-VMs sample.
        List<Vm> vms = List.of(SmallDesigns.vm("a1", "h1"), SmallDesigns.vm("b1", "h1"), SmallDesigns.vm("a2", "h2"),
                SmallDesigns.vm("b2", "h2"), SmallDesigns.vm("a3", "h3"), SmallDesigns.vm("b3", "h3"));
        Scenario s = rack.withVms(vms).withSsiDomains(List.of(
                new SsiDomain("A", "A", SsiKind.KERRIGHED, List.of("a1", "a2", "a3"), 0.2, 0.02),
                new SsiDomain("B", "B", SsiKind.KERRIGHED, List.of("b1", "b2", "b3"), 0.2, 0.02)));
        DiagramGeometry laid = DiagramGeometry.of(s);
        for (String domain : List.of("A", "B")) {
            DiagramGeometry.Hull hull = laid.hulls().get(domain);
            for (Vm vm : vms) {
                Rect chip = laid.vms().get(vm.id()).rect();
                boolean member = vm.id().startsWith(domain.toLowerCase());
                assertEquals(member, hull.covers(chip.centerX(), chip.centerY()), domain + " and " + vm.id());
                assertEquals(member, hull.pieces().stream().anyMatch(r -> r.intersects(chip.grow(-1))),
                        domain + "'s outline and " + vm.id());
            }
        }
        assertEquals(List.of(0), laid.domainsOf("a2"));
        assertEquals(List.of(1), laid.domainsOf("b2"));
    }

    @Test
    void vmChipsAreAsWideAsTheirNamesSoSixteenCharactersAreNotCut() {
        List<Vm> vms = List.of(SmallDesigns.vm("vm1", "h1").withName("database-replica"),
                SmallDesigns.vm("vm2", "h1").withName("a-node-1"), SmallDesigns.vm("vm3", "h1").withName("WWWWWWWWWWWWWWWW"));
        DiagramGeometry laid = DiagramGeometry.of(rack.withVms(vms));
        Rect host = laid.nodes().get("h1").rect();
        for (Vm vm : vms) {
            Rect chip = laid.vms().get(vm.id()).rect();
            assertEquals(vm.name(), Painter.fit(vm.name(), chip.width() - 6, Shapes.VM_TEXT, false), vm.name() + " is cut");
            assertTrue(host.contains(chip), vm.name() + " stays inside its host");
        }
        assertEquals(Shapes.hostHeight(9), host.height(), "three long names take three rows");
    }

    @Test
    void nodesAreAsWideAsTheirNamesBesideTheWidestLoadFigure() {
        // "VM image store" (14 characters) was cut to "VM image …" in the SSI-over-VMs sample at 100 %.
        Scenario named = rack.withHosts(List.of(SmallDesigns.host("h1").withName("database-replica"),
                SmallDesigns.host("h2").withName("WWWWWWWWWWWWWWWW"), SmallDesigns.host("h3")))
                .withStorages(List.of(new Storage("nas", "VM image store", 5e13, 5e9)));
        DiagramGeometry laid = DiagramGeometry.of(named);
        for (String id : List.of("h1", "h2", "nas")) {
            Rect box = laid.nodes().get(id).rect();
            String name = laid.caption(id);
            double room = box.width() - 2 * Shapes.NODE_PADDING - Shapes.loadFigureWidth("⚠ 100 %");
            assertEquals(name, Painter.fit(name, room, Shapes.NODE_TEXT, true), name + " is cut");
        }
        assertEquals(Shapes.HOST_WIDTH, laid.nodes().get("h3").rect().width(), "a short name keeps the usual width");
    }
}
