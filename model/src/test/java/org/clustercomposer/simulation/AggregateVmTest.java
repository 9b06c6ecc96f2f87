package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.fault.FaultSpec;
import org.clustercomposer.simulation.fault.FaultTarget;
import org.clustercomposer.simulation.fault.Incident.Kind;
import org.junit.jupiter.api.Test;

class AggregateVmTest {

    /** A 24-vCPU VM at 50 % over two 16-core hosts: 6 cores on each, none unserved. */
    private static Scenario aggregate() {
        Scenario base = Fixtures.rack(2, List.of());
        return base.withSsiDomains(List.of(new SsiDomain("agg", "agg", SsiKind.AGGREGATE_VM, List.of("h1", "h2"), 0, 0)))
                .withVms(List.of(Fixtures.vm("big", "agg", 24, 32, 0.5, 0)));
    }

    @Test
    void anAggregateVmSpreadsItsLoadOverTheMembers() {
        SimulationResult r = new Simulation(aggregate(), SimulationConfig.of(3600)).run();
        assertEquals(6.0 / 16, r.hostMetric("cpu").get(0, 0), 1e-6);
        assertEquals(6.0 / 16, r.hostMetric("cpu").get(1, 0), 1e-6);
        assertEquals(0, r.unservedCoreSeconds(), 1e-9);
    }

    @Test
    void losingOneMemberTakesTheAggregateVmDown() {
        FaultPlan plan = FaultPlan.none().withScheduled(List.of(new FaultSpec(FaultTarget.HOST, "h2", 1800,
                Double.POSITIVE_INFINITY)));
        SimulationResult r = new Simulation(aggregate(), SimulationConfig.of(3600).withFaults(plan)).run();
        assertTrue(r.incidents().stream().anyMatch(i -> i.kind() == Kind.DOMAIN_LOST));
        assertEquals(12 * 1800, r.unservedCoreSeconds(), 1e-6);
        assertEquals(0, r.hostMetric("cpu").get(0, r.stepTimes().length - 1), 1e-9);
    }
}
