package org.clustercomposer.simulation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexed best fit picks the very host a scan of every host in order picks, ties included. */
class IndexedBestFitTest {

    private static final double GIB = 1L << 30;
    private static final int[] CORES = {8, 16, 16, 32};
    /** Few distinct values, so equal loads (and so ties between hosts) are common. */
    private static final double[] UTILIZATIONS = {0, 0.25, 0.5, 1};

    /** The rule as first written: every host in order, strictly busier wins, so ties keep the lower number. */
    private static int scanBestFit(ClusterModel c, int vm, int exclude, boolean[] avoid, double maxUtilization,
                                   boolean noOvercommit) {
        int best = -1;
        double bestUtilization = -1;
        double demand = c.vmDemand(vm);
        for (int h = 0; h < c.hostCount(); h++) {
            if (h == exclude || !c.isUsable(h) || avoid != null && avoid[h] || !c.fits(vm, h, maxUtilization)
                    || noOvercommit && !c.vcpusFit(vm, h)) {
                continue;
            }
            double after = c.utilization(h) + demand / c.capacity(h);
            if (after > bestUtilization) {
                bestUtilization = after;
                best = h;
            }
        }
        return best;
    }

    private static ClusterModel randomCluster(Random r, int hosts, int vms) {
        List<Host> hs = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            double overhead = r.nextBoolean() ? 0 : 0.05;
            hs.add(new Host("h" + h, "h" + h, CORES[r.nextInt(CORES.length)], 2.4e9, (32 + 32 * r.nextInt(2)) * GIB,
                    1.25e9, 100, 200, new Hypervisor("kvm", overhead, 0)));
        }
        List<Vm> vs = new ArrayList<>();
        for (int v = 0; v < vms; v++) {
            vs.add(new Vm("v" + v, "v" + v, 1 + r.nextInt(8), (1 + r.nextInt(16)) * GIB, 0, "h0",
                    new Workload(UTILIZATIONS[r.nextInt(UTILIZATIONS.length)], 0, 0, 0, null)));
        }
        ClusterModel c = new ClusterModel(new Scenario("random", "", hs, List.of(), List.of(), List.of(), vs,
                List.of(), List.of(), Layout.empty()));
        for (int v = 0; v < vms; v++) {
            c.placeVm(v, r.nextInt(hosts));
        }
        return c;
    }

    /** What the engine does between placements: loads change, VMs move, room is held, hosts fail. */
    private static void disturb(Random r, ClusterModel c) {
        int v = r.nextInt(c.vmCount());
        int h = r.nextInt(c.hostCount());
        switch (r.nextInt(6)) {
            case 0 -> c.setUtilization(v, UTILIZATIONS[r.nextInt(UTILIZATIONS.length)]);
            case 1 -> {
                c.removeVm(v);
                c.placeVm(v, h);
            }
            case 2 -> c.reserve(h, c.vmDemand(v), c.vmMemory(v), c.vcpus(v));
            case 3 -> c.release(h, c.vmDemand(v), c.vmMemory(v), c.vcpus(v));
            // Most hosts stay up, so that most queries have candidates to choose between.
            case 4 -> c.setOn(h, r.nextInt(5) > 0);
            default -> c.setFailed(h, r.nextInt(5) == 0);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void choosesTheSameHostAsAScanOfEveryHost(long seed) {
        Random r = new Random(seed);
        int hosts = 5 + r.nextInt(60);
        ClusterModel c = randomCluster(r, hosts, hosts * (1 + r.nextInt(4)));
        int found = 0;
        int queries = 400;
        for (int q = 0; q < queries; q++) {
            for (int d = r.nextInt(4); d > 0; d--) {
                disturb(r, c);
            }
            int vm = r.nextInt(c.vmCount());
            int exclude = r.nextBoolean() ? c.vmHost(vm) : -1;
            boolean[] avoid = null;
            if (r.nextBoolean()) {
                avoid = new boolean[hosts];
                for (int h = 0; h < hosts; h++) {
                    avoid[h] = r.nextInt(4) == 0;
                }
            }
            double maxUtilization = new double[] {0.5, 0.8, 1.0, 1.2}[r.nextInt(4)];
            boolean noOvercommit = r.nextBoolean();
            int expected = scanBestFit(c, vm, exclude, avoid, maxUtilization, noOvercommit);
            assertEquals(expected, Placement.bestFit(c, vm, exclude, avoid, maxUtilization, noOvercommit),
                    "seed " + seed + ", query " + q);
            if (expected >= 0) {
                found++;
            }
        }
        // Not a vacuous comparison of two "nothing fits" answers.
        assertTrue(found > queries / 10, "only " + found + " queries found a host");
    }
}
