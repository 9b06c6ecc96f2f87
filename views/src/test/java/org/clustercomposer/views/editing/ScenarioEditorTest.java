package org.clustercomposer.views.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioEditorTest {

    private final ScenarioEditor editor = new ScenarioEditor(SmallDesigns.rack());

    @Test
    void addsANodeWithAFreshIdAtThePositionAndSelectsIt() {
        String id = editor.addNode(ElementKind.HOST, new Position(10, 20));
        assertEquals("host-1", id);
        assertEquals(new Position(10, 20), editor.scenario().layout().positionOf(id).orElseThrow());
        assertEquals(Set.of(id), editor.selection().ids());
    }

    @Test
    void deletingAHostTakesItsLinksVmsAndMembershipAlong() {
        editor.selection().set(List.of("h2"));
        editor.deleteSelection();
        Scenario s = editor.scenario();
        assertTrue(s.host("h2").isEmpty());
        assertTrue(s.vm("vm3").isEmpty(), "the VM on h2 went with it");
        assertTrue(s.links().stream().noneMatch(l -> l.touches("h2")));
        assertEquals(List.of("h3"), s.ssiDomain("ssi").orElseThrow().members());
        assertTrue(editor.selection().ids().isEmpty());
        editor.undo();
        assertEquals(SmallDesigns.rack(), editor.scenario());
    }

    @Test
    void deletingEveryMemberOfADomainDeletesTheDomain() {
        editor.selection().set(List.of("h2", "h3"));
        editor.deleteSelection();
        assertTrue(editor.scenario().ssiDomain("ssi").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "vm1, h3, h3",
        "vm1, ssi, ssi",
    })
    void placesAVmOnAHostOrAnSsiDomain(String vm, String target, String expected) {
        editor.placeOn(vm, target);
        assertEquals(expected, editor.scenario().vm(vm).orElseThrow().placedOn());
    }

    @Test
    void refusesToPlaceAVmOnASwitchWithAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> editor.placeOn("vm1", "sw"));
        assertEquals("a VM goes on a host or an SSI domain, not on a switch", e.getMessage());
    }

    @Test
    void anSsiDomainSpansHostsOrVmsButNotAMix() {
        var e = assertThrows(IllegalArgumentException.class, () -> editor.addSsiDomain(List.of("h1", "vm3")));
        assertTrue(e.getMessage().contains("not a mix"), e.getMessage());
        String id = editor.addSsiDomain(List.of("vm1", "vm3"));
        assertEquals(List.of("vm1", "vm3"), editor.scenario().ssiDomain(id).orElseThrow().members());
    }

    @Test
    void theStepsOfOneDragAreOneUndoStep() {
        Map<String, Position> origins = Map.of("h1", new Position(0, 200));
        for (int step = 1; step <= 5; step++) {
            editor.moveBy(Set.of("h1"), step * 10, 0, origins, "g1");
        }
        assertEquals(new Position(50, 200), editor.scenario().layout().positionOf("h1").orElseThrow());
        assertEquals(1, editor.stack().undoSize());
        editor.undo();
        assertEquals(new Position(0, 200), editor.scenario().layout().positionOf("h1").orElseThrow());
    }

    @Test
    void pasteGivesFreshIdsKeepsInternalLinksAndShiftsTheCopy() {
        editor.selection().set(List.of("h1", "sw", "l1"));
        editor.copySelection();
        editor.paste();
        Scenario s = editor.scenario();
        assertTrue(s.host("h1-copy").isPresent());
        assertTrue(s.vm("vm1-copy").isPresent(), "a copied host takes its VMs along");
        assertEquals("h1-copy", s.vm("vm1-copy").orElseThrow().placedOn());
        assertTrue(s.links().stream().anyMatch(l -> l.from().equals("h1-copy") && l.to().equals("sw-copy")));
        assertEquals(new Position(ScenarioEditor.PASTE_OFFSET, 200 + ScenarioEditor.PASTE_OFFSET),
                s.layout().positionOf("h1-copy").orElseThrow());
        assertTrue(editor.selection().ids().contains("h1-copy"));
        editor.paste();
        assertTrue(editor.scenario().host("h1-copy-2").isPresent());
        assertFalse(editor.scenario().ids().distinct().count() < editor.scenario().ids().count(), "ids stay unique");
    }

    @Test
    void aLinkNeedsTwoDifferentNodes() {
        assertThrows(IllegalArgumentException.class, () -> editor.addLink("h1", "h1"));
        assertThrows(IllegalArgumentException.class, () -> editor.addLink("h1", "vm1"));
        String id = editor.addLink("h1", "h3");
        assertEquals("h3", editor.scenario().links().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow().to());
    }
}
