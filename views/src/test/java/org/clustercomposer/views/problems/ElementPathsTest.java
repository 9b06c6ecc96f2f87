package org.clustercomposer.views.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementPathsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "/vms/2/memory, vm3",
        "/vms/0, vm1",
        "/hosts/1/hypervisor/cpuOverhead, h2",
        "/ssiDomains/0/members/1, ssi",
        "/links/2, l3",
        "/layout/h3/x, h3",
        "/vms/9/memory, none",
        "/name, none",
        "'', none",
    })
    void mapsAJsonPointerToTheElementItPointsInto(String path, String id) {
        assertEquals(id, ElementPaths.elementId(SmallDesigns.rack(), path));
    }
}
