package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.simulation.output.TimeSeries;
import org.clustercomposer.simulation.workload.WorkloadSpec;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On seeded random data centres, the event-driven engine's mean host utilization and power must
 * agree with the analytical engine: exactly (to float precision) with steady workloads, within
 * 1 % with random workloads drawn around the same means.
 */
class UtilizationCrossCheckTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void steadyRunMatchesTheAnalysisHostByHost(long seed) {
        Scenario s = randomDataCentre(seed, 20, 80);
        UtilizationReport predicted = UtilizationAnalysis.standard().analyze(s);
        SimulationResult r = new Simulation(s, SimulationConfig.of(6 * 3600)).run();

        TimeSeries demand = r.hostMetric("cpu-demand");
        for (int h = 0; h < s.hosts().size(); h++) {
            double expected = predicted.of(s.hosts().get(h).id()).orElseThrow().cpu();
            assertEquals(expected, demand.mean(h), 1e-5, s.hosts().get(h).id());
        }
        double meanPower = r.energy() / r.duration();
        assertEquals(predicted.summary().powerWatts(), meanPower, predicted.summary().powerWatts() * 1e-9);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12})
    void randomWorkloadsAverageToThePredictedClusterLoadWithinOnePercent(long seed) {
        Scenario s = randomDataCentre(seed, 20, 80);
        UtilizationReport predicted = UtilizationAnalysis.standard().analyze(s);
        SimulationConfig config = SimulationConfig.of(24 * 3600).withSeed(seed)
                .withWorkload(new WorkloadSpec.Random(WorkloadSpec.Distribution.NORMAL, 0.05));
        SimulationResult r = new Simulation(s, config).run();

        double expected = predicted.summary().cpuFraction();
        assertEquals(expected, r.meanUtilization(), expected * 0.01);
        assertEquals(predicted.summary().powerWatts(), r.energy() / r.duration(),
                predicted.summary().powerWatts() * 0.01);
    }

    /** Hosts of 8-32 cores, VMs of 1-4 vCPUs at 30-70 % placed so no host is overloaded. */
    static Scenario randomDataCentre(long seed, int hosts, int vms) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Host> hs = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            int cores = 8 << r.nextInt(3);
            hs.add(new Host("h" + i, "h" + i, cores, 2.4e9, cores * 4 * Fixtures.GIB, 10 * Fixtures.GBIT,
                    80 + r.nextInt(40), 200 + r.nextInt(100), new Hypervisor("kvm", 0.02 * r.nextInt(3), 0.1)));
        }
        double[] free = hs.stream().mapToDouble(h -> h.cores() * 0.9).toArray();
        List<Vm> list = new ArrayList<>();
        for (int i = 0; i < vms; i++) {
            int vcpus = 1 + r.nextInt(4);
            double util = 0.3 + 0.4 * r.nextDouble();
            int h = r.nextInt(hosts);
            while (free[h] < vcpus) {
                h = (h + 1) % hosts;
            }
            free[h] -= vcpus;
            list.add(new Vm("v" + i, "v" + i, vcpus, 2 * Fixtures.GIB, 0, "h" + h,
                    new Workload(util, 0, 0, 0, null)));
        }
        return new Scenario("random-" + seed, "", hs, List.of(), List.of(), List.of(), list, List.of(), List.of(),
                Layout.empty());
    }

    static long hostsOf(UtilizationReport report) {
        return report.ofKind(ElementKind.HOST).size();
    }
}
