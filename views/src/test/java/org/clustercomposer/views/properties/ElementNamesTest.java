package org.clustercomposer.views.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

/** The sheet names other elements as the canvas does ("Placed on node-1", not "h1"). */
class ElementNamesTest {

    /** The rack with hosts named node-1..3 (ids h1..h3) and VMs named web-1.. (ids vm1..). */
    private static Scenario named() {
        Scenario s = SmallDesigns.rack();
        return s.withHosts(s.hosts().stream().map(h -> h.withName("node-" + h.id().substring(1))).toList()).withVms(s.vms().stream().map(v -> v.withName("web-" + v.id().substring(2))).toList());
    }

    private final ScenarioEditor editor = new ScenarioEditor(named());
    private final PropertiesViewModel model = new PropertiesViewModel(editor);

    private PropertyRow row(String path) {
        return model.rowsProperty().get().stream().filter(r -> r.spec().path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void showsTheHostAVmIsPlacedOnByNameAndTakesANameBack() {
        editor.selection().select("vm1");
        assertEquals("VM web-1", model.headlineProperty().get());
        assertEquals("node-1", row("placedOn").text());
        assertTrue(model.commit(row("placedOn"), "node-3"), model.errorProperty().get());
        assertEquals("h3", editor.scenario().vm("vm1").orElseThrow().placedOn());
        assertTrue(model.commit(row("placedOn"), "h2"), "an id is still understood");
        assertEquals("h2", editor.scenario().vm("vm1").orElseThrow().placedOn());
        assertFalse(model.commit(row("placedOn"), "node-9"));
        assertTrue(model.errorProperty().get().contains("\"node-9\""), model.errorProperty().get());
    }

    @Test
    void showsAnSsiDomainsMembersByNameAndTakesNamesBack() {
        editor.selection().select("ssi");
        assertEquals("node-2, node-3", row("members").text());
        assertTrue(model.commit(row("members"), "node-1, node-2, node-3"), model.errorProperty().get());
        SsiDomain d = editor.scenario().ssiDomain("ssi").orElseThrow();
        assertEquals(List.of("h1", "h2", "h3"), d.members());
        assertTrue(model.commit(row("members"), "h1 h2"), "ids separated by spaces, as before");
        assertEquals(List.of("h1", "h2"), editor.scenario().ssiDomain("ssi").orElseThrow().members());
    }

    @Test
    void aNameTwoElementsShareIsShownAsTheId() {
        Scenario s = named();
        s = s.withVms(s.vms().stream().map(v -> v.withName("same")).toList());
        ElementNames names = ElementNames.of(s);
        assertEquals("vm1", names.nameOf("vm1"));
        assertEquals("node-1", names.nameOf("h1"));
    }

    @Test
    void aPercentageAboveAHundredIsRefusedSayingPercentagesAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueType.FRACTION.parse("150 %", null));
        assertTrue(e.getMessage().contains("percentage between 0 % and 100 %"), e.getMessage());
        assertEquals(0.5, (Double) ValueType.FRACTION.parse("50 %", null), 1e-12);
    }
}
