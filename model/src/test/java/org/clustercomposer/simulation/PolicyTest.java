package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.simulation.output.SlaViolation.Cause;
import org.clustercomposer.simulation.policy.PolicyKind;
import org.junit.jupiter.api.Test;

class PolicyTest {

    /** Eight hosts, each with one small VM at 10 %: 0.6 % load each, ripe for consolidation. */
    private static Scenario sparse() {
        List<Vm> vms = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            vms.add(Fixtures.vm("v" + i, "h" + i, 1, 2, 0.1, 1 * Fixtures.MIB));
        }
        return Fixtures.rack(8, vms);
    }

    @Test
    void consolidationPacksVmsAndSwitchesIdleHostsOff() {
        SimulationConfig c = SimulationConfig.of(6 * 3600);
        SimulationResult none = new Simulation(sparse(), c).run();
        SimulationResult packed = new Simulation(sparse(), c.withPolicy(PolicyKind.CONSOLIDATION)).run();
        assertEquals(0, none.migrations().size());
        assertEquals(8, none.hostsOn()[none.hostsOn().length - 1]);
        assertEquals(7, packed.completedMigrations());
        assertEquals(1, packed.hostsOn()[packed.hostsOn().length - 1]);
        assertTrue(packed.energy() < none.energy() * 0.2, packed.energy() + " vs " + none.energy());
    }

    @Test
    void evacuationBringsAnOverloadedHostUnderTheThreshold() {
        List<Vm> vms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            vms.add(Fixtures.vm("v" + i, "h1", 4, 4, 0.9, 1 * Fixtures.MIB)); // 18 cores wanted of 16
        }
        Scenario s = Fixtures.rack(3, vms);
        SimulationConfig c = SimulationConfig.of(2 * 3600);
        SimulationResult none = new Simulation(s, c).run();
        SimulationResult evacuated = new Simulation(s, c.withPolicy(PolicyKind.EVACUATION)).run();
        double last = evacuated.hostMetric("cpu-demand").get(0, evacuated.stepTimes().length - 1);
        assertTrue(last <= 0.8, "h1 at " + last);
        assertTrue(evacuated.unservedCoreSeconds() < none.unservedCoreSeconds() / 10);
        assertTrue(none.violations().stream().anyMatch(v -> v.cause() == Cause.OVERLOAD));
    }

    @Test
    void ssiBalancingSpreadsProcessesFromABusyMember() {
        Scenario s = Fixtures.ssiRack(2, SsiKind.MOSIX, 4, 8)
                .withVms(List.of(Fixtures.vm("busy", "h1", 8, 4, 1.0, 0)));
        SimulationResult none = new Simulation(s, SimulationConfig.of(3600)).run();
        SimulationResult balanced = new Simulation(s, SimulationConfig.of(3600).withPolicy(PolicyKind.SSI_BALANCE))
                .run();
        assertEquals(0, none.migrations().size());
        assertTrue(balanced.migrations().stream().allMatch(m -> m.kind().equals("process") && m.from().equals("h1")));
        assertTrue(balanced.completedMigrations() >= 1);
        assertTrue(balanced.violations().stream().anyMatch(v -> v.cause() == Cause.PROCESS_FREEZE));
    }
}
