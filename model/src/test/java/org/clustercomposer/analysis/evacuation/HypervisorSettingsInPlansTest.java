package org.clustercomposer.analysis.evacuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.QemuPreCopyModel;
import org.clustercomposer.analysis.migration.TransportProfileFile;
import org.clustercomposer.scenario.Fixtures;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A move is priced with its source host's hypervisor migration settings and the profile they name: what drain and
 * the editor's drag preview show is what {@code migration-cost} gives for the same settings (one computation).
 */
class HypervisorSettingsInPlansTest {

    private static final double MIB = 1 << 20;

    private static Scenario withH1(HypervisorMigrationSettings settings) {
        Scenario s = Fixtures.small();
        return s.withHosts(s.hosts().stream().map(h -> h.id().equals("h1")
                ? h.withHypervisor(h.hypervisor().withMigration(settings)) : h).toList());
    }

    private static MigrationCost vm1Alone(EvacuationPlanner planner, Scenario s) {
        PlanCost plan = planner.apply(s, List.of(new Move("vm1", "h1", "h2")));
        assertEquals(List.of(), plan.refused());
        return plan.moves().get(0).cost();
    }

    // The request a planned move of vm1 makes: its workload at the link's rate (one move, nothing shared but vm1's
    // own traffic), with shared storage.
    private static MigrationRequest vm1Request(Scenario s, double bandwidth) {
        Vm vm = s.vm("vm1").orElseThrow();
        return new MigrationRequest(vm.memory(), vm.workload().dirtyRate(), vm.workload().writableWorkingSet(),
                bandwidth, MigrationRequest.DEFAULT_DOWNTIME_LIMIT, MigrationRequest.DEFAULT_MAX_ROUNDS, vm.disk(),
                true, vm.memory());
    }

    @Test
    void aCapOnTheSourceHypervisorSlowsItsMovesAsMigrationCostSays() {
        HypervisorMigrationSettings capped = HypervisorMigrationSettings.qemuDefaults().withMaxBandwidth(32 * MIB);
        Scenario s = withH1(capped);
        PlanCost plan = EvacuationPlanner.standard().apply(s, List.of(new Move("vm1", "h1", "h2")));
        MoveCost move = plan.moves().get(0);
        MigrationCost expected = QemuPreCopyModel.of(capped).cost(vm1Request(s, move.bandwidth()));
        assertEquals(expected.totalSeconds(), move.cost().totalSeconds(), 1e-9);
        assertEquals(expected.downtimeSeconds(), move.cost().downtimeSeconds(), 1e-12);
        MigrationCost unset = vm1Alone(EvacuationPlanner.standard(), Fixtures.small());
        assertTrue(move.cost().totalSeconds() > 4 * unset.totalSeconds(),
                "32 MiB/s vs uncapped: " + move.cost().totalSeconds() + " s vs " + unset.totalSeconds() + " s");
    }

    @Test
    void anUnsetCapIsUncappedAsLibvirtRunsQemuAndTheExplanationSaysSo() {
        MigrationCost unset = vm1Alone(EvacuationPlanner.standard(), Fixtures.small());
        String why = unset.explanation().text();
        assertTrue(why.contains("max-bandwidth unset: uncapped, as libvirt runs QEMU"), why);
        assertTrue(why.contains("QEMU defaults used: downtime-limit 300 ms, multifd off, auto-converge off"), why);
        MigrationCost set = vm1Alone(EvacuationPlanner.standard(), withH1(HypervisorMigrationSettings.qemuDefaults()
                .withDowntimeLimit(0.03).withAutoConverge(true)));
        assertTrue(set.explanation().text().contains("downtime limit = 30 ms"), set.explanation().text());
        assertTrue(!set.explanation().text().contains("downtime-limit 300 ms"), set.explanation().text());
    }

    @Test
    void aNamedProfileIsReadBesideTheScenarioFile(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("src/test/resources/migration-lab/lab-profile.json"), dir.resolve("lab.json"));
        Scenario s = withH1(HypervisorMigrationSettings.qemuDefaults().withProfile("lab.json"));
        Path file = dir.resolve("design.json");
        ScenarioFiles.save(s, file);
        MigrationProfiles profiles = MigrationProfiles.beside(file);
        assertEquals(List.of(), profiles.problems(s));
        EvacuationPlanner planner = EvacuationPlanner.of(MigrationMethod.PRE_COPY, profiles);
        MigrationCost calibrated = vm1Alone(planner, s);
        PlanCost plan = planner.apply(s, List.of(new Move("vm1", "h1", "h2")));
        HypervisorMigrationSettings uncapped = HypervisorMigrationSettings.qemuDefaults()
                .withMaxBandwidth(Double.POSITIVE_INFINITY);
        MigrationCost expected = new QemuPreCopyModel(uncapped, TransportProfileFile.read(dir.resolve("lab.json")))
                .cost(vm1Request(s, plan.moves().get(0).bandwidth()));
        assertEquals(expected.totalSeconds(), calibrated.totalSeconds(), 1e-9);
        assertNotEquals(vm1Alone(EvacuationPlanner.standard(), Fixtures.small()).totalSeconds(),
                calibrated.totalSeconds(), "the lab's 331 MB/s ceiling, not the built-in 1.25 GB/s");
        assertTrue(calibrated.explanation().text().contains("profile: migration lab loopback"),
                calibrated.explanation().text());
    }

    @Test
    void aProfileThatCannotBeReadIsAProblemAtItsPath(@TempDir Path dir) {
        Scenario s = withH1(HypervisorMigrationSettings.qemuDefaults().withProfile("missing.json"));
        MigrationProfiles profiles = MigrationProfiles.beside(dir.resolve("design.json"));
        var problems = profiles.problems(s);
        assertEquals(1, problems.size());
        assertEquals("/hosts/0/hypervisor/migration/profile", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("missing.json cannot be read"), problems.get(0).message());
        assertThrows(IllegalArgumentException.class,
                () -> vm1Alone(EvacuationPlanner.of(MigrationMethod.PRE_COPY, profiles), s));
    }
}
