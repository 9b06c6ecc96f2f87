package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class EngineSmokeTest {
    @Test
    void steadyHostDrawsLinearPowerForTheWholeRun() {
        var s = Fixtures.rack(1, List.of(Fixtures.vm("v1", "h1", 8, 4, 1.0, 0)));
        SimulationResult r = new Simulation(s, SimulationConfig.of(3600)).run();
        // 8 of 16 cores busy: 100 + 0.5 * 100 = 150 W for 3600 s.
        assertEquals(150 * 3600, r.energy(), 1e-6);
        assertEquals(0.5, r.meanUtilization(), 1e-12);
    }
}
