package org.clustercomposer.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.Fixtures;
import org.junit.jupiter.api.Test;

/** A workload's resident memory: what a migration sends whole; unknown (0) means every page. */
class ResidentMemoryRoundTripTest {

    @Test
    void nonZeroMemoryIsTheResidentMemoryWhenKnownElseAllOfIt() {
        double gib = 1 << 30;
        assertEquals(gib, new Workload(0, 0, 0, 0, null).nonZeroMemory(gib));
        assertEquals(gib / 4, new Workload(0, 0, 0, 0, null, gib / 4).nonZeroMemory(gib));
    }

    @Test
    void residentMemoryIsWrittenWithItsUnitAndReadBack() throws Exception {
        Scenario small = Fixtures.small();
        Vm vm = small.vms().get(0);
        Workload w = new Workload(0.1, 0, 0, 0, null, vm.memory() / 4);
        Scenario withResident = small.withVms(small.vms().stream()
                .map(v -> v.id().equals(vm.id()) ? new Vm(v.id(), v.name(), v.vcpus(), v.memory(), v.disk(),
                        v.placedOn(), w) : v).toList());
        String json = ScenarioFiles.toJson(withResident);
        assertTrue(json.contains("\"residentMemory\""), json);
        assertEquals(withResident, ScenarioFiles.read(json));
    }
}
