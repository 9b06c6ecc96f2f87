package org.clustercomposer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    private final DisplayNames names = DisplayNames.of(Fixtures.small());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "h1 has not enough free memory|node-h1 has not enough free memory",
            "vm1: it runs on h2, not h1.|web-1: it runs on node-h2, not node-h1.",
            "no VM \"vm2\"|no VM \"db-1\"",
            "h10 and vm1x are no ids; nor is sw1.5|h10 and vm1x are no ids; nor is sw1.5",
            "h3 is a node of SSI domain ssi1 (kerrighed)|node-h3 is a node of SSI domain kerrighed (kerrighed)"})
    void replacesWholeWordsThatAreIdsByTheirNames(String engineText, String shown) {
        assertEquals(shown, names.inText(engineText));
        assertEquals(engineText, DisplayNames.IDS.inText(engineText), "the command line keeps its ids");
    }

    @Test
    void aRouteIsTheNodesItCrossesOrTheCommandLinesLinkIds() {
        assertEquals("node-h1 → ToR → node-h2", names.route("h1", List.of("l1", "l2")));
        assertEquals("l1 l2", DisplayNames.IDS.route("h1", List.of("l1", "l2")));
        assertEquals("node-h2", names.route("h2", List.of()), "a route inside one node");
    }

    @Test
    void anElementWithoutANameIsCalledByItsId() {
        assertEquals("l1", names.name("l1"));
        assertEquals("nope", names.name("nope"));
        assertEquals("ToR", names.name("sw1"));
    }
}
