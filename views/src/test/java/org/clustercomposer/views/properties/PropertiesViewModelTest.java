package org.clustercomposer.views.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.ElementKind;
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
    void showsTheSharedValueOfSeveralHostsOfOneKind() {
        editor.selection().set(List.of("h1", "h2", "h3"));
        assertEquals("3 hosts selected", model.headlineProperty().get());
        assertEquals("64 GiB", row("memory").text());
        assertFalse(row("memory").mixed());
        assertEquals(List.of("h1", "h2", "h3"), row("memory").elementIds());
    }

    @Test
    void aFieldWhoseValuesDifferIsMixedAndListsTheDistinctValues() {
        editor.selection().select("h1");
        assertTrue(model.commit(row("memory"), "32 GiB"));
        editor.selection().set(List.of("h1", "h2", "h3"));
        assertTrue(row("memory").mixed());
        assertEquals("", row("memory").text());
        assertEquals(List.of("32 GiB", "64 GiB"), row("memory").values());
        assertTrue(row("id").mixed());
        assertFalse(row("id").spec().editable(), "ids are never edited together");
    }

    @Test
    void oneCommitSetsEverySelectedHostAndOneUndoRestoresThemAll() {
        editor.selection().select("h1");
        assertTrue(model.commit(row("memory"), "32 GiB"));
        editor.selection().set(List.of("h1", "h2", "h3"));
        int steps = editor.stack().undoSize();

        assertTrue(model.commit(row("memory"), "128 GiB"));
        for (String id : List.of("h1", "h2", "h3")) {
            assertEquals(128 * SmallDesigns.GIB, editor.scenario().host(id).orElseThrow().memory(), id);
        }
        assertEquals(steps + 1, editor.stack().undoSize(), "one undo step");
        assertEquals("Set memory of 3 hosts", editor.stack().undoDescriptionProperty().get());
        assertEquals("128 GiB", row("memory").text());

        editor.undo();
        assertEquals(32 * SmallDesigns.GIB, editor.scenario().host("h1").orElseThrow().memory());
        assertEquals(64 * SmallDesigns.GIB, editor.scenario().host("h2").orElseThrow().memory());
        assertEquals(64 * SmallDesigns.GIB, editor.scenario().host("h3").orElseThrow().memory());
        assertTrue(row("memory").mixed());
    }

    @Test
    void nestedFieldsOfSeveralVmsChangeTogether() {
        editor.selection().set(List.of("vm1", "vm3"));
        assertTrue(model.commit(row("workload.cpuUtilization"), "25 %"));
        assertEquals(0.25, editor.scenario().vm("vm1").orElseThrow().workload().cpuUtilization(), 1e-12);
        assertEquals(0.25, editor.scenario().vm("vm3").orElseThrow().workload().cpuUtilization(), 1e-12);
        assertEquals(0.5, editor.scenario().vm("vm2").orElseThrow().workload().cpuUtilization(), 1e-12);
    }

    @Test
    void badInputOnSeveralChangesNoneOfThem() {
        editor.selection().set(List.of("h1", "h2"));
        long revision = editor.stack().revision();
        assertFalse(model.commit(row("memory"), "lots"));
        assertEquals(revision, editor.stack().revision());
        assertTrue(model.errorProperty().get().startsWith("Memory: expected a size"), model.errorProperty().get());
    }

    @Test
    void aMixedKindSelectionShowsNoRowsAndSaysWhatIsSelected() {
        editor.selection().set(List.of("h1", "vm1", "h2", "vm2", "h3", "sw"));
        assertTrue(model.rowsProperty().get().isEmpty());
        assertEquals("3 hosts, 2 VMs, 1 switch selected: select one kind to edit them together",
                model.headlineProperty().get());
    }

    @ParameterizedTest
    @CsvSource({
        "1, SWITCH, 1 switch",
        "2, SWITCH, 2 switches",
        "2, STORAGE, 2 storage",
        "4, SSI_DOMAIN, 4 SSI domains",
        "2, VM, 2 VMs",
    })
    void countsKindsInPlainWords(int count, ElementKind kind, String expected) {
        assertEquals(expected, PropertiesViewModel.plural(count, kind));
    }

    @Test
    void hypervisorMigrationSettingsAreEditedAndDefaultUnsetsThem() {
        editor.selection().select("h1");
        assertEquals("default", row("hypervisor.migration.maxBandwidth").text(), "unset shows as default");
        assertTrue(model.commit(row("hypervisor.migration.maxBandwidth"), "512 MiB/s"));
        assertTrue(model.commit(row("hypervisor.migration.autoConverge"), "on"));
        assertTrue(model.commit(row("hypervisor.migration.transport"), "tls"));
        assertTrue(model.commit(row("hypervisor.migration.profile"), "lab.json"));
        var m = editor.scenario().host("h1").orElseThrow().hypervisor().migration();
        assertEquals(512.0 * (1 << 20), m.maxBandwidth());
        assertEquals(Boolean.TRUE, m.autoConverge());
        assertEquals("tls", m.transport().name());
        assertEquals("lab.json", m.profile());
        assertEquals("512 MiB/s", row("hypervisor.migration.maxBandwidth").text());
        assertTrue(model.commit(row("hypervisor.migration.maxBandwidth"), "0"));
        assertEquals(Double.POSITIVE_INFINITY, editor.scenario().host("h1").orElseThrow().hypervisor().migration()
                .maxBandwidth(), "0 is uncapped, as in the file");
        assertTrue(model.commit(row("hypervisor.migration.maxBandwidth"), "default"));
        assertNull(editor.scenario().host("h1").orElseThrow().hypervisor().migration().maxBandwidth());
        assertFalse(model.commit(row("hypervisor.migration.transport"), "udp"));
        assertTrue(model.errorProperty().get().startsWith("Transport: expected one of [default, tcp, tls, ssh, rdma]"),
                model.errorProperty().get());
    }
}
