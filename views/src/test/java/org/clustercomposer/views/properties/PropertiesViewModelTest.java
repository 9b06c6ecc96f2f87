package org.clustercomposer.views.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertiesViewModelTest {

    private final ScenarioEditor editor = new ScenarioEditor(SmallDesigns.rack());
    private final PropertiesViewModel model = new PropertiesViewModel(editor);

    private PropertyRow row(String path) {
        return model.rowsProperty().get().stream().filter(r -> r.spec().path().equals(path)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "memory      | 16 GiB   | 17179869184",
        "memory      | 32GB     | 32000000000",
        "coreSpeed   | 3.1 GHz  | 3100000000",
        "nicBandwidth| 25 Gbit/s| 3125000000",
    })
    void parsesQuantitiesWithUnits(String path, String typed, double expected) {
        editor.selection().select("h1");
        assertTrue(model.commit(row(path), typed));
        Object value = RecordPaths.get(editor.scenario().host("h1").orElseThrow(), path);
        assertEquals(expected, (Double) value);
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void badInputKeepsTheOldValueAndSaysWhatWasExpected() {
        editor.selection().select("h1");
        long revision = editor.stack().revision();
        assertFalse(model.commit(row("memory"), "lots"));
        assertEquals(64 * SmallDesigns.GIB, editor.scenario().host("h1").orElseThrow().memory());
        assertEquals(revision, editor.stack().revision());
        assertEquals("Memory: expected a size such as \"16 GiB\", got \"lots\" (kept 64 GiB)", model.errorProperty().get());
    }

    @Test
    void editsNestedWorkloadFieldsAndUndoRestoresThem() {
        editor.selection().select("vm1");
        assertTrue(model.commit(row("workload.cpuUtilization"), "80 %"));
        assertEquals(0.8, editor.scenario().vm("vm1").orElseThrow().workload().cpuUtilization(), 1e-12);
        assertEquals("0.8", row("workload.cpuUtilization").text());
        editor.undo();
        assertEquals(0.5, editor.scenario().vm("vm1").orElseThrow().workload().cpuUtilization());
    }

    @Test
    void anEmptyHypervisorMakesTheHostBareMetal() {
        editor.selection().select("h1");
        assertTrue(model.commit(row("hypervisor.kind"), ""));
        assertNull(editor.scenario().host("h1").orElseThrow().hypervisor());
        assertEquals("", row("hypervisor.cpuOverhead").text());
        assertTrue(model.commit(row("hypervisor.kind"), "xen"));
        assertEquals("xen", editor.scenario().host("h1").orElseThrow().hypervisor().kind());
    }

    @Test
    void refusesAPlacementOnAnUnknownId() {
        editor.selection().select("vm1");
        assertFalse(model.commit(row("placedOn"), "h99"));
        assertTrue(model.errorProperty().get().contains("no element with id \"h99\""));
    }

    @Test
    void showsNoRowsForSeveralSelectedElements() {
        editor.selection().set(java.util.List.of("h1", "h2"));
        assertTrue(model.rowsProperty().get().isEmpty());
        assertEquals("2 elements selected", model.headlineProperty().get());
    }
}
