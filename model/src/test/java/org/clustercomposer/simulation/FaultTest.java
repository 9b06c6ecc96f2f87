package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.fault.FaultSpec;
import org.clustercomposer.simulation.fault.FaultTarget;
import org.clustercomposer.simulation.fault.Incident;
import org.clustercomposer.simulation.fault.Incident.Kind;
import org.clustercomposer.simulation.fault.MaintenanceSpec;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.simulation.output.SlaViolation.Cause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultTest {

    private static FaultPlan hostFails(String host, double at) {
        return FaultPlan.none().withScheduled(List.of(new FaultSpec(FaultTarget.HOST, host, at,
                Double.POSITIVE_INFINITY)));
    }

    private static List<Kind> kinds(SimulationResult r) {
        return r.incidents().stream().map(Incident::kind).toList();
    }

    @Test
    void vmsOfAFailedHostRestartElsewhereAfterBooting() {
        Scenario s = Fixtures.rack(2, List.of(Fixtures.vm("v1", "h1", 4, 4, 0.5, 0)));
        SimulationResult r = new Simulation(s, SimulationConfig.of(3600).withFaults(hostFails("h1", 600))).run();
        assertEquals(List.of(Kind.HOST_FAILED, Kind.VM_LOST, Kind.VM_RESTARTED), kinds(r));
        // Down for the 60 s boot: 2 cores of demand unserved.
        assertEquals(2 * 60, r.unservedCoreSeconds(), 1e-6);
        assertEquals(0.125, r.hostMetric("cpu").get(1, r.stepTimes().length - 1), 1e-6);
    }

    @Test
    void withoutRestartsTheLostVmsDemandGoesUnservedToTheEnd() {
        Scenario s = Fixtures.rack(2, List.of(Fixtures.vm("v1", "h1", 4, 4, 0.5, 0)));
        SimulationConfig c = SimulationConfig.of(3600).withFaults(hostFails("h1", 600)).withRestartLostVms(false);
        SimulationResult r = new Simulation(s, c).run();
        assertEquals(2 * 3000, r.unservedCoreSeconds(), 1e-6);
        assertTrue(r.violations().stream().anyMatch(v -> v.cause() == Cause.VM_LOST && v.end() == 3600));
    }

    @ParameterizedTest
    @CsvSource({"KERRIGHED, DOMAIN_LOST, 8", "MOSIX, PROCESSES_LOST, 4"})
    void anSsiDomainLosesAMembersProcessesOrEverythingByItsKind(SsiKind kind, Kind incident, double lostCores) {
        Scenario s = Fixtures.ssiRack(2, kind, 8, 8); // 8 processes of 1 core, 4 per member
        SimulationResult r = new Simulation(s, SimulationConfig.of(3600).withFaults(hostFails("h1", 1800))).run();
        assertTrue(kinds(r).contains(incident), kinds(r).toString());
        assertEquals(lostCores * 1800, r.unservedCoreSeconds(), 1e-6);
    }

    @Test
    void aLinkFailureCutsTheMigrationCrossingIt() {
        Scenario s = Fixtures.rack(2, List.of(Fixtures.vm("v1", "h1", 4, 16, 0.5, 0)));
        FaultPlan plan = FaultPlan.none().withScheduled(List.of(new FaultSpec(FaultTarget.LINK, "l2", 5, 600)));
        SimulationResult r = Fixtures.simulation(s, SimulationConfig.of(3600).withFaults(plan),
                Fixtures.once(c -> c.migrateVm(0, 1))).run();
        assertEquals("aborted", r.migrations().get(0).outcome());
        assertEquals("test", r.migrations().get(0).cause(), "a policy's move carries the policy's name");
        assertEquals(5, r.migrations().get(0).end(), 1e-9);
        assertTrue(kinds(r).containsAll(List.of(Kind.LINK_FAILED, Kind.LINK_REPAIRED)));
        assertEquals(0, r.unservedCoreSeconds(), 1e-9, "the VM kept running at the source");
    }

    @Test
    void maintenanceDrainsTheHostThenSwitchesItOffUntilItEnds() {
        Scenario s = Fixtures.rack(2, List.of(Fixtures.vm("v1", "h1", 4, 4, 0.5, 0),
                Fixtures.vm("v2", "h1", 4, 4, 0.5, 0)));
        FaultPlan plan = FaultPlan.none().withMaintenance(List.of(new MaintenanceSpec("h1", 600, 1800)));
        SimulationResult r = new Simulation(s, SimulationConfig.of(3600).withFaults(plan)).run();
        assertEquals(2, r.completedMigrations());
        int during = 2; // the step at 600 s starts the drain; at 900 s the host is empty and off
        assertEquals(1, r.hostsOn()[during + 1]);
        assertEquals(2, r.hostsOn()[r.hostsOn().length - 1], "back on after maintenance");
        assertEquals(0.25, r.hostMetric("cpu").get(1, r.stepTimes().length - 1), 1e-6); // both VMs: 4 of 16 cores
    }

    @Test
    void maintenanceUnderAnSsiOverVmsMovesTheVmsAndTheSsiDoesNotNotice() {
        // Two hosts, one VM each, an SSI over both VMs: draining h1 live-migrates vm1; its processes ride along.
        Scenario s = Fixtures.rack(3, List.of(Fixtures.vm("vm1", "h1", 4, 16, 0.5, 0),
                Fixtures.vm("vm2", "h2", 4, 16, 0.5, 0)));
        s = s.withSsiDomains(List.of(new SsiDomain("vssi", "vssi", SsiKind.KERRIGHED, List.of("vm1", "vm2"), 0.3, 0)))
                .withApplications(List.of(new Application("app", "app", "vssi", 8, 4, 4 * Fixtures.GIB, 0,
                        10 * Fixtures.MIB)));
        FaultPlan plan = FaultPlan.none().withMaintenance(List.of(new MaintenanceSpec("h1", 600, 1800)));
        SimulationResult r = new Simulation(s, SimulationConfig.of(3600).withFaults(plan)).run();
        assertEquals(List.of("vm"), r.migrations().stream().map(MigrationRecord::kind).distinct().toList(),
                r.migrations().toString());
        assertEquals(1, r.migrations().size());
        assertEquals(MigrationRecord.MAINTENANCE, r.migrations().get(0).cause());
    }

    @Test
    void maintenanceOfAnSsiMemberSpreadsItsProcessesOverTheOtherMembers() {
        Scenario s = Fixtures.ssiRack(4, SsiKind.MOSIX, 16, 8); // 4 processes of 0.5 core per member
        FaultPlan plan = FaultPlan.none().withMaintenance(List.of(new MaintenanceSpec("h1", 600, 1800)));
        SimulationResult r = new Simulation(s, SimulationConfig.of(3600).withFaults(plan)).run();
        assertEquals(4, r.migrations().size());
        assertEquals(3, r.migrations().stream().map(MigrationRecord::to).distinct().count(),
                "the four processes of h1 spread over h2, h3 and h4: " + r.migrations());
    }

    @Test
    void randomFailuresFollowTheMtbf() {
        Scenario s = UtilizationCrossCheckTest.randomDataCentre(1, 20, 40);
        SimulationConfig c = SimulationConfig.of(10 * 24 * 3600).withStep(3600)
                .withFaults(FaultPlan.none().withHostMtbf(5 * 24 * 3600, 600));
        long failures = new Simulation(s, c).run().incidents().stream()
                .filter(i -> i.kind() == Kind.HOST_FAILED).count();
        // 20 hosts x 10 days / 5 days MTBF = 40 expected; Poisson sd about 6.
        assertTrue(failures > 22 && failures < 58, "failures: " + failures);
    }
}
