package org.clustercomposer.simulation;

import java.util.List;
import java.util.Optional;

import org.clustercomposer.scenario.Vm;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.IntList;
import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.Routing;

/**
 * The VMs' own traffic (their workload's networkTraffic), routed from their host to the host of
 * their peer, or to the top switch when they talk out of the cluster. It takes link capacity
 * before migrations share what is left.
 *
 * <p>Each VM keeps its route until one of its ends moves or a link changes state, and the load is
 * summed again only when some route changed: a step where nothing moved costs one pass of integer
 * compares over the VMs (at 100,000 VMs the per-step re-routing was most of a {@code none} run).
 * When some routes changed, only the resources on their old and new routes are summed again, each
 * over the VMs crossing it in VM order: the same additions in the same order as summing every route.
 */
final class BackgroundTraffic {

    private static final int[] NONE = new int[0];

    private final ClusterModel cluster;
    private final Routing routing;
    private final FlowNetwork network;
    private final double[] rate;
    private final int[] peerHost;
    private final int[] peerVm;
    private final double[] load;
    private final boolean any;
    // The route each VM's traffic took when last summed, and the ends it was computed for.
    private final int[][] route;
    private final int[] routedFrom;
    private final int[] routedTo;
    private long routedEpoch = -1;
    // Per resource, the VMs whose route crosses it, ascending; the resources to sum again.
    private final IntList[] crossing;
    private final boolean[] touched;
    private final IntList touchedResources = new IntList();

    BackgroundTraffic(List<Vm> vms, ClusterModel cluster, Routing routing, FlowNetwork network) {
        this.cluster = cluster;
        this.routing = routing;
        this.network = network;
        rate = new double[vms.size()];
        peerHost = new int[vms.size()];
        peerVm = new int[vms.size()];
        boolean some = false;
        for (int v = 0; v < vms.size(); v++) {
            var w = vms.get(v).workload();
            rate[v] = w == null ? 0 : w.networkTraffic();
            String to = w == null ? null : w.trafficTo();
            peerHost[v] = to == null ? -1 : cluster.hostIndex(to);
            peerVm[v] = to == null ? -1 : cluster.vmIndex(to);
            some |= rate[v] > 0;
        }
        any = some;
        load = new double[network.resourceCount()];
        route = new int[vms.size()][];
        routedFrom = new int[vms.size()];
        routedTo = new int[vms.size()];
        crossing = new IntList[network.resourceCount()];
        for (int r = 0; r < crossing.length; r++) {
            crossing[r] = new IntList();
        }
        touched = new boolean[network.resourceCount()];
    }

    /** Recomputes the background load from where the VMs are now. */
    void update() {
        if (!any) {
            return;
        }
        boolean routesMoved = routing.epoch() != routedEpoch;
        routedEpoch = routing.epoch();
        for (int v = 0; v < rate.length; v++) {
            if (rate[v] <= 0) {
                continue;
            }
            int h = cluster.vmHost(v);
            int from = h < 0 || cluster.isPaused(v) ? -1 : h;
            int to = from < 0 ? -1 : peerVm[v] >= 0 ? cluster.vmHost(peerVm[v]) : peerHost[v];
            // Only this VM's own ends or a new routing epoch re-route it (one VM moving re-routed every later one).
            if (route[v] == null || routesMoved || routedFrom[v] != from || routedTo[v] != to) {
                reroute(v, routeOf(v, from, to));
                routedFrom[v] = from;
                routedTo[v] = to;
            }
        }
        if (touchedResources.isEmpty()) {
            return; // the same routes carry the same rates: the load is what was set last time
        }
        for (int k = 0; k < touchedResources.size(); k++) {
            int r = touchedResources.get(k);
            touched[r] = false;
            double sum = 0;
            IntList at = crossing[r];
            for (int i = 0; i < at.size(); i++) {
                sum += rate[at.get(i)];
            }
            load[r] = sum;
        }
        touchedResources.clear();
        network.setBackground(load);
    }

    private void reroute(int v, int[] newRoute) {
        if (route[v] != null) {
            for (int r : route[v]) {
                crossing[r].remove(v);
                touch(r);
            }
        }
        route[v] = newRoute;
        for (int r : newRoute) {
            crossing[r].addSorted(v);
            touch(r);
        }
    }

    private void touch(int r) {
        if (!touched[r]) {
            touched[r] = true;
            touchedResources.add(r);
        }
    }

    private int[] routeOf(int v, int from, int to) {
        if (from < 0) {
            return NONE;
        }
        Optional<int[]> path = to >= 0 ? routing.hostPath(from, to)
                : peerVm[v] >= 0 ? Optional.empty() : routing.uplinkPath(from);
        return path.orElse(NONE);
    }
}
