package org.clustercomposer.simulation;

import static org.clustercomposer.simulation.Fixtures.GBIT;
import static org.clustercomposer.simulation.Fixtures.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationCostModel;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A migration alone on its path gets a constant rate, so the event engine's QEMU pre-copy must reproduce what
 * {@code migration-cost} computes for a planned move with QEMU's defaults (as libvirt runs them: uncapped): the same
 * dirty-log syncs, and total time, downtime and bytes within 1e-9 (see {@code QemuEngineMigrationTest} for why so
 * tight, and for the hypervisor settings).
 */
class MigrationCrossCheckTest {

    private static final double TOLERANCE = 1e-9;
    /** What the fixtures' hosts run: a hypervisor with QEMU's default migration settings. */
    private static final MigrationCostModel QEMU = MigrationMethod.PRE_COPY.model();

    @ParameterizedTest(name = "{0} GiB, {1} MiB/s dirty, hot set {2} MiB, resident {3} GiB")
    @CsvSource({
        "4, 0, 0, 0",        // one live pass, then an empty paused copy
        "4, 0, 0, 1",        // resident memory known: the zero pages cross as markers
        "8, 100, 0, 0",      // converges after a few syncs
        "8, 100, 0, 2",      // ... with a quarter resident
        "8, 500, 256, 0",    // the hot set bounds what each sync finds
        "16, 1000, 0, 0",    // dirty rate near the bandwidth: many syncs
        "4, 2000, 256, 0",   // dirties its hot set faster than it sends: forced stop after an hour
        "0.1, 50, 0, 0"      // small enough to stop at the first sync
    })
    void aLoneMigrationCostsWhatTheAnalyticalModelPredicts(double memoryGib, double dirtyMib, double hotSetMib,
                                                           double residentGib) {
        Vm vm = new Vm("v", "v", 2, memoryGib * Fixtures.GIB, 0, "h1",
                new Workload(0.5, dirtyMib * MIB, hotSetMib * MIB, 0, null, residentGib * Fixtures.GIB));
        Scenario s = Fixtures.rack(2, List.of(vm));
        SimulationConfig config = SimulationConfig.of(2 * 3600);
        SimulationResult r = Fixtures.simulation(s, config, Fixtures.once(c -> c.migrateVm(0, 1))).run();

        MigrationCost predicted = QEMU.cost(request(vm.memory(), dirtyMib * MIB, hotSetMib * MIB, 10 * GBIT)
                .withNonZeroMemory(vm.workload().nonZeroMemory(vm.memory())));
        MigrationRecord m = r.migrations().get(0);
        assertEquals("completed", m.outcome());
        assertEquals(predicted.rounds(), m.rounds());
        assertClose(predicted.totalSeconds(), m.duration());
        assertClose(predicted.downtimeSeconds(), m.downtime());
        assertClose(predicted.bytesSent(), m.bytes());
        assertEquals("h2", m.to());
    }

    @ParameterizedTest(name = "{0} concurrent migrations")
    @CsvSource({"2", "4"})
    void concurrentMigrationsOnOneLinkShareItAndSlowEachOtherDown(int count) {
        List<Vm> vms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vms.add(new Vm("v" + i, "v" + i, 2, 8 * Fixtures.GIB, 0, "h1",
                    new Workload(0.5, 200 * MIB, 0, 0, null)));
        }
        Scenario s = Fixtures.rack(2, vms);
        SimulationConfig config = SimulationConfig.of(3600);
        SimulationResult r = Fixtures.simulation(s, config, Fixtures.once(c -> {
            for (int v = 0; v < count; v++) {
                c.migrateVm(v, 1);
            }
        })).run();
        MigrationCost alone = QEMU.cost(request(8 * Fixtures.GIB, 200 * MIB, 0, 10 * GBIT));
        MigrationCost atShare = QEMU.cost(request(8 * Fixtures.GIB, 200 * MIB, 0, 10 * GBIT / count));
        assertEquals(count, r.completedMigrations());
        for (MigrationRecord m : r.migrations()) {
            // Each gets 1/count of the link, so it takes about as long as a lone one at that rate,
            // and longer than alone (the dirty pages pile up while it waits).
            assertTrue(m.duration() > alone.totalSeconds() * (count - 0.5), m.toString());
            assertEquals(atShare.totalSeconds(), m.duration(), atShare.totalSeconds() * 0.05);
        }
    }

    private static MigrationRequest request(double memory, double dirtyRate, double hotSet, double lineRate) {
        return new MigrationRequest(memory, dirtyRate, hotSet, lineRate, MigrationRequest.DEFAULT_DOWNTIME_LIMIT,
                MigrationRequest.DEFAULT_MAX_ROUNDS, 0, true);
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.max(1e-9, Math.abs(expected) * TOLERANCE));
    }
}
