package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.fault.MaintenanceSpec;
import org.clustercomposer.simulation.policy.MigrationLimits;
import org.clustercomposer.simulation.policy.PolicyKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The migration queue tries only the moves waiting on a freed host or link (and every process move), and every
 * waiting move after a fault: a run must equal, record for record, the run that tries every waiting move whenever
 * moves end, under tight limits (so many moves wait), each policy, with and without host failures and
 * maintenance (which make waiting moves invalid).
 */
class MigrationQueueIndexTest {

    @ParameterizedTest
    @CsvSource({
        "CONSOLIDATION, 1, 2, false", "CONSOLIDATION, 2, 3, true", "CONSOLIDATION, 0, 2, true",
        "EVACUATION, 1, 2, true", "EVACUATION, 2, 0, false",
        "SSI_BALANCE, 1, 2, true", "SSI_BALANCE, 1, 1, false"})
    void aRunEqualsTheRunThatTriesEveryWaitingMove(PolicyKind policy, int perHost, int perLink, boolean faults) {
        Scenario scenario = new ScenarioGenerator().generate(new GeneratorParameters(40, 240, 20, 11));
        FaultPlan plan = faults
                ? FaultPlan.none().withHostMtbf(2 * 3600, 1800).withMaintenance(List.of(
                        new MaintenanceSpec(scenario.hosts().get(3).id(), 3600, 7200),
                        new MaintenanceSpec(scenario.hosts().get(17).id(), 5 * 3600, 3600)))
                : FaultPlan.none();
        SimulationConfig config = SimulationConfig.of(24 * 3600).withSeed(5).withPolicy(policy).withFaults(plan)
                .withLimits(new MigrationLimits(perHost, perLink));
        SimulationResult indexed = new Simulation(scenario, config).run();
        Simulation everyMove = new Simulation(scenario, config);
        everyMove.tryEveryWaitingMove();
        SimulationResult scanned = everyMove.run();

        assertTrue(indexed.migrations().size() > 20, "the run should migrate: " + indexed.migrations().size());
        assertEquals(scanned.migrations(), indexed.migrations());
        assertEquals(scanned.violations(), indexed.violations());
        assertEquals(scanned.incidents(), indexed.incidents());
        assertEquals(scanned.energy(), indexed.energy(), 0);
        assertEquals(scanned.unservedCoreSeconds(), indexed.unservedCoreSeconds(), 0);
        // The limits must have held moves back, or the queue was not exercised.
        SimulationResult unlimited = new Simulation(scenario, config.withLimits(MigrationLimits.unlimited())).run();
        assertTrue(!unlimited.migrations().equals(indexed.migrations()), "the limits should hold moves back");
    }
}
