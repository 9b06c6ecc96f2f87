package org.clustercomposer.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.clustercomposer.scenario.Vm;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.Routing;

/**
 * The VMs' own traffic (their workload's networkTraffic), routed from their host to the host of
 * their peer, or to the top switch when they talk out of the cluster. It takes link capacity
 * before migrations share what is left.
 */
final class BackgroundTraffic {

    private final ClusterModel cluster;
    private final Routing routing;
    private final FlowNetwork network;
    private final double[] rate;
    private final int[] peerHost;
    private final int[] peerVm;
    private final double[] load;
    private final boolean any;

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
    }

    /** Recomputes the background load from where the VMs are now. */
    void update() {
        if (!any) {
            return;
        }
        Arrays.fill(load, 0);
        for (int v = 0; v < rate.length; v++) {
            int h = cluster.vmHost(v);
            if (rate[v] <= 0 || h < 0 || cluster.isPaused(v)) {
                continue;
            }
            int to = peerVm[v] >= 0 ? cluster.vmHost(peerVm[v]) : peerHost[v];
            Optional<int[]> path = to >= 0 ? routing.hostPath(h, to)
                    : peerVm[v] >= 0 ? Optional.empty() : routing.uplinkPath(h);
            if (path.isPresent()) {
                for (int r : path.get()) {
                    load[r] += rate[v];
                }
            }
        }
        network.setBackground(load);
    }
}
