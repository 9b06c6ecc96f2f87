package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.clustercomposer.report.OutputFormat;
import org.clustercomposer.report.ResultWriter;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.fault.Incident.Kind;
import org.clustercomposer.simulation.policy.PolicyKind;
import org.clustercomposer.simulation.workload.WorkloadSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random workloads, random failures and a migrating policy: the seed alone decides the run. */
class DeterminismTest {

    @TempDir
    Path dir;

    private static SimulationConfig config(long seed) {
        return SimulationConfig.of(12 * 3600).withSeed(seed).withPolicy(PolicyKind.CONSOLIDATION)
                .withWorkload(new WorkloadSpec.Random(WorkloadSpec.Distribution.NORMAL, 0.2))
                .withFaults(FaultPlan.none().withHostMtbf(24 * 3600, 1800));
    }

    private Path run(String name, long seed) throws IOException {
        Scenario s = UtilizationCrossCheckTest.randomDataCentre(5, 20, 80);
        SimulationResult r = new Simulation(s, config(seed)).run();
        assertTrue(r.migrations().size() > 0, "the run should migrate");
        assertTrue(r.incidents().stream().anyMatch(i -> i.kind() == Kind.HOST_FAILED), "a host should fail");
        Path out = dir.resolve(name);
        ResultWriter.write(r, out, OutputFormat.CSV);
        ResultWriter.write(r, out, OutputFormat.JSON);
        return out;
    }

    @Test
    void sameSeedGivesByteIdenticalOutputs() throws IOException {
        Path a = run("a", 7);
        Path b = run("b", 7);
        String[] files = a.toFile().list();
        Arrays.sort(files);
        assertArrayEquals(new String[] {"cluster.csv", "domains.csv", "hosts.csv", "incidents.csv", "links.csv",
            "migrations.csv", "result.json", "sla.csv", "summary.csv"}, files);
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void differentSeedGivesADifferentRun() throws IOException {
        Path a = run("a", 7);
        Path b = run("b", 8);
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("hosts.csv")), Files.readAllBytes(b.resolve("hosts.csv"))));
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("incidents.csv")),
                Files.readAllBytes(b.resolve("incidents.csv"))));
    }

    @Test
    void steppingInSlicesGivesTheSameRunAsOneCall() {
        Scenario s = UtilizationCrossCheckTest.randomDataCentre(5, 20, 80);
        SimulationResult whole = new Simulation(s, config(3)).run();
        Simulation sliced = new Simulation(s, config(3));
        int calls = 0;
        while (sliced.runFor(17.3)) {
            calls++;
        }
        SimulationResult parts = sliced.result();
        assertTrue(calls > 1000);
        assertEquals(whole.migrations(), parts.migrations());
        assertEquals(whole.energy(), parts.energy(), 0);
        assertEquals(whole.hostSeries(), parts.hostSeries());
        assertEquals(whole.events(), parts.events());
    }
}
