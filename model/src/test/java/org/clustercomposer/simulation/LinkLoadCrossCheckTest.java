package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.simulation.output.TimeSeries;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both engines route by one rule ({@link org.clustercomposer.topology.RoutingTree}), so on seeded
 * networks with steady VM traffic every link carries in the event-driven run exactly what the
 * analytical engine predicts for it, direction by direction (links off the tree carry nothing in
 * both). The networks have redundant paths and switches that tie on bandwidth, where a different
 * rule would pick different links.
 */
class LinkLoadCrossCheckTest {

    @ParameterizedTest(name = "generated data centre, seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void generatedDataCentresLoadEachLinkAsPredicted(long seed) {
        Scenario s = new ScenarioGenerator().generate(new GeneratorParameters(60, 300, 0, seed));
        assertSameLinkLoads(s);
    }

    @ParameterizedTest(name = "random mesh, seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void randomMeshesLoadEachLinkAsPredicted(long seed) {
        assertSameLinkLoads(randomMesh(seed));
    }

    private static void assertSameLinkLoads(Scenario s) {
        UtilizationReport predicted = UtilizationAnalysis.standard().analyze(s);
        TimeSeries simulated = new Simulation(s, SimulationConfig.of(3600)).run().linkSeries();
        int loaded = 0;
        for (int l = 0; l < s.links().size(); l++) {
            String id = s.links().get(l).id();
            double expected = predicted.of(id).orElseThrow().network();
            // The event engine keeps its samples as floats: 1e-6 relative is the float's precision.
            assertEquals(expected, simulated.mean(l), 1e-6 * Math.max(expected, 1e-3), id);
            loaded += expected > 0 ? 1 : 0;
        }
        assertTrue(loaded >= 8, "traffic crosses only " + loaded + " of " + s.links().size() + " links");
    }

    /**
     * Switches of three bandwidths (so some tie) wired at random with extra switch-to-switch links
     * (cycles); each host on one or two switches; VMs sending to another VM or out of the cluster.
     */
    static Scenario randomMesh(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int switchCount = 3 + r.nextInt(4);
        List<NetworkSwitch> switches = new ArrayList<>();
        for (int i = 0; i < switchCount; i++) {
            switches.add(new NetworkSwitch("sw" + i, "sw" + i, 64, (1 + r.nextInt(3)) * 400 * Fixtures.GBIT));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < switchCount; i++) {
            links.add(link(links, "sw" + i, "sw" + r.nextInt(i), 40));
        }
        for (int extra = r.nextInt(switchCount); extra > 0; extra--) {
            int a = r.nextInt(switchCount);
            int b = r.nextInt(switchCount);
            if (a != b) {
                links.add(link(links, "sw" + a, "sw" + b, 40));
            }
        }
        List<Host> hosts = new ArrayList<>();
        int hostCount = 8 + r.nextInt(12);
        for (int i = 0; i < hostCount; i++) {
            hosts.add(new Host("h" + i, "h" + i, 32, 2.4e9, 256 * Fixtures.GIB, 10 * Fixtures.GBIT, 100, 300,
                    Hypervisor.kvm()));
            links.add(link(links, "h" + i, "sw" + r.nextInt(switchCount), 10));
            if (r.nextInt(4) == 0) {
                links.add(link(links, "h" + i, "sw" + r.nextInt(switchCount), 10));
            }
        }
        List<Vm> vms = new ArrayList<>();
        int vmCount = hostCount * 3;
        for (int i = 0; i < vmCount; i++) {
            String peer = r.nextInt(3) == 0 ? null : "v" + r.nextInt(vmCount);
            double traffic = (10 + r.nextInt(200)) * 1e6 / 8;
            vms.add(new Vm("v" + i, "v" + i, 2, 4 * Fixtures.GIB, 0, "h" + r.nextInt(hostCount),
                    new Workload(0.3, 0, 0, traffic, peer)));
        }
        return new Scenario("mesh-" + seed, "", hosts, switches, links, List.of(), vms, List.of(), List.of(),
                Layout.empty());
    }

    private static Link link(List<Link> links, String from, String to, double gbit) {
        return new Link("l" + (links.size() + 1), from, to, gbit * Fixtures.GBIT, 5e-6);
    }
}
