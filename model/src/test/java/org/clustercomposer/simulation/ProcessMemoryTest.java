package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.fault.FaultSpec;
import org.clustercomposer.simulation.fault.FaultTarget;
import org.clustercomposer.simulation.output.TimeSeries;
import org.junit.jupiter.api.Test;

/** Processes of an SSI over hosts hold their memory on the hosts they run on (the results view showed 0 %). */
class ProcessMemoryTest {

    private static double total(TimeSeries memory, int step) {
        double sum = 0;
        for (int h = 0; h < memory.elements().size(); h++) {
            sum += memory.get(h, step);
        }
        return sum;
    }

    @Test
    void theProcessesOfAnSsiOverHostsHoldTheApplicationsMemoryOnItsHosts() {
        Scenario s = Fixtures.ssiRack(4, SsiKind.KERRIGHED, 8, 4);
        SimulationResult r = new Simulation(s, SimulationConfig.of(3600)).run();
        assertEquals(8 * Fixtures.GIB, total(r.hostMetric("memory"), 0), 1e4, "the application's 8 GiB over its hosts");
    }

    @Test
    void processesKilledWithTheirHostHoldNoMemoryAnyMore() {
        Scenario s = Fixtures.ssiRack(4, SsiKind.KERRIGHED, 8, 4);
        FaultPlan plan = FaultPlan.none().withScheduled(List.of(new FaultSpec(FaultTarget.HOST, "h1", 1800,
                Double.POSITIVE_INFINITY)));
        SimulationResult r = new Simulation(s, SimulationConfig.of(3600).withFaults(plan)).run();
        TimeSeries memory = r.hostMetric("memory");
        int last = r.stepTimes().length - 1;
        assertEquals(0, memory.get(0, last), 1e4, "nothing is left on the failed host");
        assertTrue(total(memory, last) <= 8 * Fixtures.GIB + 1e4, "no memory is counted twice");
    }
}
