package org.clustercomposer.simulation.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.RoutingTree;

/**
 * Turns host-to-host transfers into resource paths for the {@link FlowNetwork}: the source NIC's
 * sending side, each link in its direction of travel, the destination NIC's receiving side.
 * Resources: link l direction d is {@code 2l+d} (d=0 from->to); host h's NIC out is
 * {@code 2L+2h}, in is {@code 2L+2h+1}. Paths follow the routing rule the analytical engine uses
 * too ({@link RoutingTree}) over the links that work, and are cached until a link changes state.
 */
public final class Routing {

    private static final int[] NO_PATH = new int[0];

    private final Scenario scenario;
    private final List<Link> links;
    private final Map<String, Integer> linkIndex = new HashMap<>();
    private final String[] hostIds;
    private final boolean[] linkUp;
    private final Map<Long, int[]> cache = new HashMap<>();
    private RoutingTree tree;
    private long epoch;

    public Routing(Scenario scenario) {
        this.scenario = scenario;
        this.links = scenario.links();
        for (int i = 0; i < links.size(); i++) {
            linkIndex.put(links.get(i).id(), i);
        }
        this.hostIds = scenario.hosts().stream().map(Host::id).toArray(String[]::new);
        this.linkUp = new boolean[links.size()];
        Arrays.fill(linkUp, true);
        this.tree = RoutingTree.of(scenario.hosts(), scenario.switches(), scenario.storages(), links);
    }

    /** Capacities of every resource, in the order of the resource numbering. */
    public double[] capacities() {
        double[] c = new double[2 * links.size() + 2 * hostIds.length];
        for (int l = 0; l < links.size(); l++) {
            c[2 * l] = links.get(l).bandwidth();
            c[2 * l + 1] = links.get(l).bandwidth();
        }
        List<Host> hosts = scenario.hosts();
        for (int h = 0; h < hosts.size(); h++) {
            c[nicOut(h)] = hosts.get(h).nicBandwidth();
            c[nicIn(h)] = hosts.get(h).nicBandwidth();
        }
        return c;
    }

    public int linkCount() {
        return links.size();
    }

    public String linkId(int link) {
        return links.get(link).id();
    }

    public int linkIndex(String id) {
        return linkIndex.getOrDefault(id, -1);
    }

    public int nicOut(int host) {
        return 2 * links.size() + 2 * host;
    }

    public int nicIn(int host) {
        return 2 * links.size() + 2 * host + 1;
    }

    /**
     * Resources from host {@code from} to host {@code to}, or empty when no working path joins
     * them. A scenario without links is taken as hosts on one ideal switch: NICs only.
     */
    public Optional<int[]> hostPath(int from, int to) {
        long key = (long) from * hostIds.length + to;
        int[] cached = cache.get(key);
        if (cached == null) {
            cached = computeHostPath(from, to);
            cache.put(key, cached);
        }
        return cached == NO_PATH ? Optional.empty() : Optional.of(cached);
    }

    /**
     * Resources from a host to the top of its part of the network (traffic leaving the cluster), or
     * empty. A host that is its own top (no link, or the hub of a part without a switch) sends
     * through its NIC only.
     */
    public Optional<int[]> uplinkPath(int from) {
        long key = -1L - from;
        int[] cached = cache.get(key);
        if (cached == null) {
            String top = tree.topOf(hostIds[from]);
            cached = top == null || top.equals(hostIds[from]) ? new int[] {nicOut(from)} : linkPath(from, top, -1);
            cache.put(key, cached);
        }
        return cached == NO_PATH ? Optional.empty() : Optional.of(cached);
    }

    private int[] computeHostPath(int from, int to) {
        if (from == to) {
            return new int[0];
        }
        if (links.isEmpty()) {
            return new int[] {nicOut(from), nicIn(to)};
        }
        return linkPath(from, hostIds[to], to);
    }

    private int[] linkPath(int from, String toNode, int toHost) {
        Optional<List<Link>> path = tree.path(hostIds[from], toNode);
        if (path.isEmpty()) {
            return NO_PATH;
        }
        List<Integer> resources = new ArrayList<>();
        resources.add(nicOut(from));
        String at = hostIds[from];
        for (Link link : path.get()) {
            int l = linkIndex.get(link.id());
            resources.add(2 * l + (link.from().equals(at) ? 0 : 1));
            at = link.otherEnd(at);
        }
        if (toHost >= 0) {
            resources.add(nicIn(toHost));
        }
        return resources.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Marks a link up or down; routes are recomputed around links that are down. */
    public void setLinkUp(int link, boolean isUp) {
        if (linkUp[link] == isUp) {
            return;
        }
        linkUp[link] = isUp;
        List<Link> working = new ArrayList<>();
        for (int l = 0; l < links.size(); l++) {
            if (linkUp[l]) {
                working.add(links.get(l));
            }
        }
        tree = RoutingTree.of(scenario.hosts(), scenario.switches(), scenario.storages(), working);
        cache.clear();
        epoch++;
    }

    /** Increases whenever routes may have changed (a link went down or came back). */
    public long epoch() {
        return epoch;
    }

    public boolean isLinkUp(int link) {
        return linkUp[link];
    }

    /** Links attached to a node (a switch), by index. */
    public int[] linksAt(String nodeId) {
        List<Integer> out = new ArrayList<>();
        for (int l = 0; l < links.size(); l++) {
            if (links.get(l).touches(nodeId)) {
                out.add(l);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
