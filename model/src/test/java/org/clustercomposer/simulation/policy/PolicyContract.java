package org.clustercomposer.simulation.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.simulation.Simulation;
import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.simulation.workload.WorkloadDriver;
import org.clustercomposer.simulation.workload.WorkloadSpec;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Policy} promises, run against each one by a subclass named after it
 * ({@code ConsolidationPolicyContractTest}), as JGraphT's shared abstract test cases do. The runs
 * are seeded generated data centres with SSI domains over hosts and over VMs, so every policy
 * has something to act on.
 */
abstract class PolicyContract {

    private static final double GIB = 1L << 30;

    /** A fresh instance of the policy under test. */
    protected abstract Policy create(Thresholds thresholds);

    static Scenario dataCentre(long seed) {
        return new ScenarioGenerator().generate(new GeneratorParameters(24, 72, 6, seed));
    }

    /** Eight hosts at about a quarter load, two VMs each, and an SSI domain running one process per member. */
    static Scenario quietDataCentre() {
        List<Host> hosts = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        for (int h = 0; h < 8; h++) {
            hosts.add(new Host("h" + h, "h" + h, 16, 2.4e9, 128 * GIB, 1.25e9, 100, 250, Hypervisor.kvm()));
            for (int k = 0; k < 2; k++) {
                vms.add(new Vm("v" + h + "-" + k, "v", 4, 8 * GIB, 0, "h" + h, new Workload(0.5, 0, 0, 0, null)));
            }
        }
        SsiDomain ssi = new SsiDomain("ssi", "ssi", SsiKind.MOSIX, List.of("h0", "h1", "h2", "h3"), 0.2, 0.01);
        Application app = new Application("app", "app", "ssi", 4, 4, 4 * GIB, 0, 1 << 20);
        return new Scenario("quiet", "", hosts, List.of(), List.of(), List.of(), vms, List.of(ssi), List.of(app),
                Layout.empty());
    }

    private SimulationResult run(Scenario s, Thresholds thresholds, WorkloadSpec workload, long seed) {
        SimulationConfig config = SimulationConfig.of(12 * 3600).withSeed(seed).withThresholds(thresholds)
                .withWorkload(workload);
        return new Simulation(s, config, new WorkloadDriver(s.vms(), workload, seed), create(thresholds)).run();
    }

    private SimulationResult busyRun(long seed) {
        return run(dataCentre(seed), Thresholds.defaults(),
                new WorkloadSpec.Random(WorkloadSpec.Distribution.NORMAL, 0.25), seed);
    }

    @Test
    void isNamedAsTheCommandLineNamesItsKind() {
        Policy policy = create(Thresholds.defaults());
        PolicyKind kind = PolicyKind.fromCliName(policy.name()).orElseThrow(
                () -> new AssertionError("no --policy is called " + policy.name()));
        assertEquals(policy.getClass(), kind.create(Thresholds.defaults(), Hysteresis.defaults()).getClass());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void decidesTheSameWithTheSameSeed(long seed) {
        SimulationResult a = busyRun(seed);
        SimulationResult b = busyRun(seed);
        assertEquals(a.migrations(), b.migrations());
        assertEquals(a.energy(), b.energy());
        assertArrayEquals(a.hostsOn(), b.hostsOn());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void movesOnlyBetweenHostsOfTheScenarioAndKeepsHostsAndPowerInBounds(long seed) {
        Scenario s = dataCentre(seed);
        SimulationResult r = busyRun(seed);
        Set<String> hosts = s.hosts().stream().map(Host::id).collect(Collectors.toSet());
        for (MigrationRecord m : r.migrations()) {
            assertTrue(hosts.contains(m.from()) && hosts.contains(m.to()), m.toString());
            if (m.kind().equals("vm")) { // a process may move between two VMs of one host
                assertNotEquals(m.from(), m.to(), m.toString());
            }
            assertTrue(m.end() >= m.start() && m.downtime() <= m.end() - m.start() + 1e-9, m.toString());
        }
        double peak = s.hosts().stream().mapToDouble(Host::peakPower).sum();
        for (int k = 0; k < r.stepTimes().length; k++) {
            assertTrue(r.hostsOn()[k] >= 0 && r.hostsOn()[k] <= s.hosts().size());
            assertTrue(r.clusterPower()[k] >= 0 && r.clusterPower()[k] <= peak + 1e-6);
        }
    }

    @Test
    void leavesAClusterThatIsNeitherOverNorUnderloadedAlone() {
        Scenario s = quietDataCentre();
        SimulationResult r = run(s, new Thresholds(0.9, 0.1), new WorkloadSpec.Steady(), 4);
        assertEquals(0, r.migrations().size(), r.migrations().toString());
        for (int on : r.hostsOn()) {
            assertEquals(s.hosts().size(), on);
        }
    }
}
