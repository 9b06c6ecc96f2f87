package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.junit.jupiter.api.Test;

class RunControlTest {

    private final Scenario scenario = Fixtures.rack(2, List.of(Fixtures.vm("v1", "h1", 4, 4, 0.5, 0)));

    @Test
    void runForAdvancesTheClockByTheGivenSlice() {
        Simulation sim = new Simulation(scenario, SimulationConfig.of(3600));
        assertTrue(sim.runFor(1000));
        assertEquals(1000, sim.now(), 0);
        assertEquals(1000.0 / 3600, sim.progress(), 1e-12);
        assertFalse(sim.runFor(5000));
        assertEquals(3600, sim.now(), 0);
        assertTrue(sim.isFinished());
    }

    @Test
    void cancellingStopsTheLoopAndMarksTheResult() {
        Simulation sim = new Simulation(scenario, SimulationConfig.of(24 * 3600));
        sim.addListener((time, fraction) -> {
            if (fraction >= 0.25) {
                sim.cancel();
            }
        });
        SimulationResult r = sim.run();
        assertTrue(r.cancelled());
        assertTrue(r.simulatedTime() < 24 * 3600 * 0.3, "stopped near a quarter: " + r.simulatedTime());
        assertEquals(r.stepTimes().length, r.clusterPower().length);
    }

    @Test
    void listenersHearEveryStepInOrder() {
        Simulation sim = new Simulation(scenario, SimulationConfig.of(3600).withStep(600));
        List<Double> times = new ArrayList<>();
        sim.addListener((time, fraction) -> times.add(time));
        sim.run();
        assertEquals(List.of(0.0, 600.0, 1200.0, 1800.0, 2400.0, 3000.0), times);
    }

    @Test
    void refusesANegativeSlice() {
        Simulation sim = new Simulation(scenario, SimulationConfig.of(3600));
        assertThrows(IllegalArgumentException.class, () -> sim.runFor(-1));
    }
}
