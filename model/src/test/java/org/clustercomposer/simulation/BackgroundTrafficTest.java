package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.Routing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Background traffic sums again only the resources on routes that changed; after random moves,
 * pauses and link changes every resource's load must equal, bit for bit, the sum of every VM's rate
 * over its route taken in VM order (what summing every route from scratch gives).
 */
class BackgroundTrafficTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void loadEqualsEveryRouteSummedAfterEveryChange(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int hosts = 6;
        List<Vm> vms = new ArrayList<>();
        for (int v = 0; v < 30; v++) {
            int roll = random.nextInt(3);
            // To another VM, to a host, or out of the cluster; rates with many digits, so sum order shows.
            String to = roll == 0 ? "v" + random.nextInt(30) : roll == 1 ? "h" + (1 + random.nextInt(hosts)) : null;
            vms.add(new Vm("v" + v, "v" + v, 1, Fixtures.GIB, 0, "h" + (1 + random.nextInt(hosts)),
                    new Workload(0.3, 0, 0, 1e6 * (1 + random.nextDouble()), to)));
        }
        Scenario s = Fixtures.rack(hosts, vms);
        ClusterModel cluster = new ClusterModel(s);
        Routing routing = new Routing(s);
        FlowNetwork network = new FlowNetwork(routing.capacities(), 1e12);
        for (int v = 0; v < vms.size(); v++) {
            cluster.placeVm(v, cluster.hostIndex(vms.get(v).placedOn()));
        }
        BackgroundTraffic traffic = new BackgroundTraffic(vms, cluster, routing, network);
        for (int step = 0; step < 200; step++) {
            int v = random.nextInt(vms.size());
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    cluster.removeVm(v);
                    cluster.placeVm(v, random.nextInt(hosts));
                }
                case 2 -> cluster.setPaused(v, !cluster.isPaused(v));
                default -> {
                    int link = random.nextInt(routing.linkCount());
                    routing.setLinkUp(link, !routing.isLinkUp(link));
                }
            }
            traffic.update();
            double[] expected = new double[network.resourceCount()];
            for (int u = 0; u < vms.size(); u++) {
                for (int r : routeOf(cluster, routing, vms, u)) {
                    expected[r] += vms.get(u).workload().networkTraffic();
                }
            }
            for (int r = 0; r < expected.length; r++) {
                assertEquals(expected[r], network.load(r), 0, "seed " + seed + " step " + step + " resource " + r);
            }
        }
    }

    private static int[] routeOf(ClusterModel cluster, Routing routing, List<Vm> vms, int v) {
        int from = cluster.isPaused(v) ? -1 : cluster.vmHost(v);
        if (from < 0) {
            return new int[0];
        }
        String to = vms.get(v).workload().trafficTo();
        Optional<int[]> path;
        if (to == null) {
            path = routing.uplinkPath(from);
        } else if (cluster.vmIndex(to) >= 0) {
            int peer = cluster.vmHost(cluster.vmIndex(to));
            path = peer < 0 ? Optional.empty() : routing.hostPath(from, peer);
        } else {
            path = routing.hostPath(from, cluster.hostIndex(to));
        }
        return path.orElse(new int[0]);
    }
}
