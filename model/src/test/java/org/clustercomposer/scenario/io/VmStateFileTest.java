package org.clustercomposer.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.VmState;
import org.clustercomposer.scenario.Workload;
import org.junit.jupiter.api.Test;

class VmStateFileTest {

    private static Scenario withVms(Vm... vms) {
        return Scenario.empty("s").withVms(List.of(vms));
    }

    @Test
    void aShutOffVmRoundTripsAndARunningOneLeavesTheFieldOut() throws Exception {
        Vm running = new Vm("a", "a", 1, 1 << 30, 0, "h", Workload.idle());
        Vm off = running.withId("b").withState(VmState.SHUT_OFF);
        String json = ScenarioFiles.toJson(withVms(running, off));
        assertEquals(1, json.split("\"state\"", -1).length - 1, json);
        assertTrue(json.contains("\"state\": \"shut-off\""), json);
        Scenario back = ScenarioFiles.read(json);
        assertEquals(VmState.RUNNING, back.vms().get(0).state());
        assertEquals(VmState.SHUT_OFF, back.vms().get(1).state());
        assertFalse(back.vms().get(1).isRunning());
    }

    @Test
    void anUnknownStateIsAProblemAtItsPath() {
        String json = "{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"vms\": [{\"id\": \"a\", \"vcpus\": 1,"
                + " \"memory\": \"1 GiB\", \"placedOn\": \"h\", \"state\": \"paused\"}]}";
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(json));
        assertEquals("/vms/0/state", e.problems().get(0).path(), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("\"paused\""));
    }
}
