package org.clustercomposer.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoutingTreeTest {

    private static Host host(String id) {
        return new Host(id, id, 8, 2e9, 1e10, 1.25e9, 100, 200, null);
    }

    private static Link link(String id, String from, String to) {
        return new Link(id, from, to, 1.25e9, 1e-5);
    }

    @Test
    void theTopIsTheFastestSwitchThenTheBestConnectedThenTheFirst() {
        List<Host> hosts = List.of(host("h1"), host("h2"), host("h3"));
        List<NetworkSwitch> switches = List.of(new NetworkSwitch("a", "a", 48, 1e11),
                new NetworkSwitch("b", "b", 48, 1e11), new NetworkSwitch("slow", "slow", 48, 1e10));
        // b has more links than a: it wins the tie on bandwidth; slow has the most links but a slower fabric.
        List<Link> links = List.of(link("l1", "h1", "a"), link("l2", "h2", "b"), link("l3", "h3", "b"),
                link("l4", "a", "b"), link("l5", "slow", "h1"), link("l6", "slow", "h2"), link("l7", "slow", "h3"),
                link("l8", "slow", "h1"));
        RoutingTree tree = RoutingTree.of(hosts, switches, List.of(), links);
        assertEquals("b", tree.topOf("h1"));
        List<NetworkSwitch> tied = List.of(switches.get(0), switches.get(1));
        List<Link> even = List.of(link("l1", "h1", "a"), link("l2", "h2", "b"), link("l4", "a", "b"));
        assertEquals("a", RoutingTree.of(hosts.subList(0, 2), tied, List.of(), even).topOf("h2"), "first in the file");
    }

    @Test
    void trafficFollowsTheTreeAndLinksOffItCarryNothing() {
        List<Host> hosts = List.of(host("h1"), host("h2"));
        List<NetworkSwitch> switches = List.of(new NetworkSwitch("core", "core", 48, 1e12),
                new NetworkSwitch("tor1", "tor1", 48, 1e11), new NetworkSwitch("tor2", "tor2", 48, 1e11));
        // A ring: h1 - tor1 - core - tor2 - h2, plus a shortcut tor1 - tor2 that the tree leaves out.
        List<Link> links = List.of(link("l1", "h1", "tor1"), link("l2", "h2", "tor2"), link("up1", "tor1", "core"),
                link("up2", "tor2", "core"), link("cross", "tor1", "tor2"));
        RoutingTree tree = RoutingTree.of(hosts, switches, List.of(), links);
        assertEquals(List.of("l1", "up1", "up2", "l2"),
                tree.path("h1", "h2").orElseThrow().stream().map(Link::id).toList());
        assertFalse(tree.onTree("cross"));
        assertTrue(tree.onTree("up2"));
        assertEquals(List.of(), tree.path("h1", "h1").orElseThrow());
    }

    @Test
    void aPartWithoutASwitchIsRootedAtItsBestConnectedNodeAndPartsDoNotMeet() {
        List<Host> hosts = List.of(host("h1"), host("h2"), host("h3"), host("alone"));
        List<Link> links = List.of(link("l1", "h1", "h2"), link("l2", "h2", "h3"));
        RoutingTree tree = RoutingTree.of(hosts, List.of(), List.of(), links);
        assertEquals("h2", tree.topOf("h1"));
        assertEquals("alone", tree.topOf("alone"));
        assertTrue(tree.path("h1", "alone").isEmpty());
        assertEquals(-1, tree.indexOf("nowhere"));
    }
}
