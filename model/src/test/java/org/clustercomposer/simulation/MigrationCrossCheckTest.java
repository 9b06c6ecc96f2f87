package org.clustercomposer.simulation;

import static org.clustercomposer.simulation.Fixtures.GBIT;
import static org.clustercomposer.simulation.Fixtures.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.simulation.migration.MigrationParameters;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A migration alone on its path gets a constant rate, so the event-driven rounds must reproduce
 * the analytical pre-copy model: total time, downtime, bytes and rounds within 0.1 %.
 */
class MigrationCrossCheckTest {

    private static final double TOLERANCE = 1e-3;

    @ParameterizedTest(name = "{0} GiB, {1} MiB/s dirty, hot set {2} MiB, resident {3} GiB")
    @CsvSource({
        "4, 0, 0, 0",        // one live round, then an empty stop-and-copy
        "4, 0, 0, 1",        // resident memory known: the zero pages cross as markers
        "8, 100, 0, 0",      // converges after a few rounds
        "8, 100, 0, 2",      // ... with a quarter resident
        "8, 500, 256, 0",    // the hot set bounds the rounds
        "16, 1000, 0, 0",    // dirty rate near the bandwidth: many rounds
        "4, 2000, 0, 0",     // dirties faster than it sends: no progress, forced stop
        "0.1, 50, 0, 0"      // small enough to stop-and-copy at once
    })
    void aLoneMigrationCostsWhatTheAnalyticalModelPredicts(double memoryGib, double dirtyMib, double hotSetMib,
                                                           double residentGib) {
        Vm vm = new Vm("v", "v", 2, memoryGib * Fixtures.GIB, 0, "h1",
                new Workload(0.5, dirtyMib * MIB, hotSetMib * MIB, 0, null, residentGib * Fixtures.GIB));
        Scenario s = Fixtures.rack(2, List.of(vm));
        SimulationConfig config = SimulationConfig.of(3600);
        SimulationResult r = Fixtures.simulation(s, config, Fixtures.once(c -> c.migrateVm(0, 1))).run();

        MigrationParameters p = config.migration();
        MigrationCost predicted = p.model().cost(p.request(vm.memory(), dirtyMib * MIB, hotSetMib * MIB, 10 * GBIT)
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
        MigrationParameters p = config.migration();
        MigrationCost alone = p.model().cost(p.request(8 * Fixtures.GIB, 200 * MIB, 0, 10 * GBIT));
        MigrationCost atShare = p.model().cost(p.request(8 * Fixtures.GIB, 200 * MIB, 0, 10 * GBIT / count));
        assertEquals(count, r.completedMigrations());
        for (MigrationRecord m : r.migrations()) {
            // Each gets 1/count of the link, so it takes about as long as a lone one at that rate,
            // and longer than alone (the dirty pages pile up while it waits).
            assertTrue(m.duration() > alone.totalSeconds() * (count - 0.5), m.toString());
            assertEquals(atShare.totalSeconds(), m.duration(), atShare.totalSeconds() * 0.05);
        }
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.max(1e-9, Math.abs(expected) * TOLERANCE));
    }
}
