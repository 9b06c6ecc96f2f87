package org.clustercomposer.views.properties;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.views.editing.Elements;
import org.clustercomposer.views.editing.ScenarioEdits;
import org.clustercomposer.views.editing.ScenarioEditor;

/**
 * The property sheet's content: the fields of the single selected element, as text with units.
 * A commit parses the text; bad input leaves the element as it was and says what was expected.
 */
public final class PropertiesViewModel {

    private final ScenarioEditor editor;
    private final ReadOnlyObjectWrapper<List<PropertyRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public PropertiesViewModel(ScenarioEditor editor) {
        this.editor = editor;
        editor.selection().idsProperty().addListener(o -> {
            error.set("");
            refresh();
        });
        editor.scenarioProperty().addListener(o -> refresh());
        refresh();
    }

    /** Parses and applies a typed value. Returns false, with {@link #errorProperty()} set, when refused. */
    public boolean commit(PropertyRow row, String text) {
        Scenario s = editor.scenario();
        Object element = Elements.find(s, row.elementId()).orElse(null);
        if (element == null) {
            return false;
        }
        FieldSpec spec = row.spec();
        try {
            Object value = spec.type().parse(text, spec.dimension());
            if (spec.type() == ValueType.ID && value != null && s.kindOf((String) value).isEmpty()) {
                throw new IllegalArgumentException("no element with id \"" + value + "\"");
            }
            Object edited = spec.path().equals("hypervisor.kind") ? withHypervisorKind(element, (String) value)
                    : RecordPaths.with(element, spec.path(), value);
            if (!edited.equals(element)) {
                editor.execute(ScenarioEdits.replace("Set " + spec.label().toLowerCase() + " of " + row.elementId(), edited));
            }
            error.set("");
            return true;
        } catch (IllegalArgumentException e) {
            error.set(spec.label() + ": " + e.getMessage() + " (kept " + (row.text().isEmpty() ? "empty" : row.text()) + ")");
            refresh();
            return false;
        }
    }

    /** An empty hypervisor makes the host bare metal; naming one on bare metal installs it. */
    private static Object withHypervisorKind(Object host, String kind) {
        Hypervisor current = (Hypervisor) RecordPaths.get(host, "hypervisor");
        if (kind == null || kind.isBlank()) {
            return RecordPaths.with(host, "hypervisor", null);
        }
        Hypervisor base = current == null ? Hypervisor.kvm() : current;
        return RecordPaths.with(host, "hypervisor", new Hypervisor(kind, base.cpuOverhead(), base.ioOverhead()));
    }

    private void refresh() {
        Scenario s = editor.scenario();
        var ids = editor.selection().ids();
        String id = editor.selection().single();
        if (id == null) {
            headline.set(ids.isEmpty() ? "Nothing selected" : ids.size() + " elements selected");
            rows.set(List.of());
            return;
        }
        Object element = Elements.find(s, id).orElse(null);
        ElementKind kind = s.kindOf(id).orElse(null);
        if (element == null || kind == null) {
            headline.set("Nothing selected");
            rows.set(List.of());
            return;
        }
        headline.set(capitalized(ScenarioEdits.label(kind)) + " " + id);
        rows.set(FieldCatalog.fieldsOf(kind).stream()
                .map(f -> new PropertyRow(id, f, f.type().format(RecordPaths.get(element, f.path()), f.dimension())))
                .toList());
    }

    private static String capitalized(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public ReadOnlyObjectProperty<List<PropertyRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
