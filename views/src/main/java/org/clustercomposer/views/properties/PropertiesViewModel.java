package org.clustercomposer.views.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Element;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.views.editing.ScenarioEdits;
import org.clustercomposer.views.editing.ScenarioEditor;

/**
 * The property sheet's content: the fields of the selected elements, as text with units. Several
 * elements of one kind are edited together (a field whose values differ is "mixed"); a commit
 * parses the text once and changes every selected element in one command, so one undo step.
 * Bad input leaves the elements as they were and says what was expected.
 */
public final class PropertiesViewModel {

    private final ScenarioEditor editor;
    private final ReadOnlyObjectWrapper<List<PropertyRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private ObservableBooleanValue busy;
    private boolean heldBack; // a selection came while busy: refresh when it ends (not on every drop)

    public PropertiesViewModel(ScenarioEditor editor) {
        this.editor = editor;
        editor.selection().idsProperty().addListener(o -> {
            error.set("");
            if (busy != null && busy.get()) {
                heldBack = true;
            } else {
                refresh();
            }
        });
        editor.scenarioProperty().addListener((o, was, now) -> {
            // No field is about where a box is drawn: a drag changes nothing here.
            if (!now.sameExceptLayout(was)) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * Holds the rows back while {@code busy} is true and shows the newest selection when it turns false. The
     * window passes "nodes are being dragged": pressing a host that was not selected selects it, and its rows
     * (names of the whole design, about 7 ms at 1,000 hosts) and sheet (18 ms to build, then CSS and layout in
     * the next pulses) made the first frames of a drag 50-145 ms apart; the sheet now follows at the drop.
     */
    public void waitWhile(ObservableBooleanValue busy) {
        this.busy = busy;
        busy.addListener((o, was, now) -> {
            if (!now && heldBack) {
                heldBack = false;
                refresh();
            }
        });
    }

    /** Parses and applies a typed value. Returns false, with {@link #errorProperty()} set, when refused. */
    public boolean commit(PropertyRow row, String text) {
        Scenario s = editor.scenario();
        List<Element> elements = row.elementIds().stream().map(id -> s.element(id).orElse(null)).toList();
        if (elements.contains(null)) {
            return false;
        }
        FieldSpec spec = row.spec();
        try {
            Object value = spec.type() == ValueType.ID || spec.type() == ValueType.ID_LIST
                    ? ElementNames.of(s).parse(spec.type(), text) : spec.type().parse(text, spec.dimension());
            List<Element> edited = new ArrayList<>();
            for (Element element : elements) {
                Object copy = spec.path().equals("hypervisor.kind") ? withHypervisorKind(element, (String) value)
                        : RecordPaths.with(element, spec.path(), value);
                if (!copy.equals(element)) {
                    edited.add((Element) copy);
                }
            }
            if (!edited.isEmpty()) {
                String of = row.elementIds().size() == 1 ? row.elementIds().get(0)
                        : plural(row.elementIds().size(), s.kindOf(row.elementIds().get(0)).orElseThrow());
                editor.execute(ScenarioEdits.replaceAll("Set " + spec.label().toLowerCase() + " of " + of, edited));
            }
            error.set("");
            return true;
        } catch (IllegalArgumentException e) {
            String kept = row.mixed() ? "mixed values" : row.text().isEmpty() ? "empty" : row.text();
            error.set(spec.label() + ": " + e.getMessage() + " (kept " + kept + ")");
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
        return RecordPaths.with(host, "hypervisor", base.withKind(kind));
    }

    private void refresh() {
        Scenario s = editor.scenario();
        Map<ElementKind, List<String>> byKind = new LinkedHashMap<>();
        Map<String, Object> elements = new LinkedHashMap<>();
        for (String id : editor.selection().ids()) {
            Element element = s.element(id).orElse(null);
            ElementKind kind = s.kindOf(id).orElse(null);
            if (element != null && kind != null) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
                elements.put(id, element);
            }
        }
        if (byKind.size() != 1) {
            headline.set(byKind.isEmpty() ? "Nothing selected" : String.join(", ", byKind.entrySet().stream()
                    .map(e -> plural(e.getValue().size(), e.getKey())).toList())
                    + " selected: select one kind to edit them together");
            rows.set(List.of());
            return;
        }
        ElementKind kind = byKind.keySet().iterator().next();
        List<String> ids = byKind.get(kind);
        ElementNames names = ElementNames.of(s);
        Element only = (Element) elements.get(ids.get(0));
        String onlyName = only.name() == null || only.name().isBlank() ? only.id() : only.name();
        headline.set(ids.size() == 1 ? capitalized(kind.noun()) + " " + onlyName
                : capitalized(plural(ids.size(), kind)) + " selected");
        rows.set(FieldCatalog.fieldsOf(kind).stream().map(f -> row(f, ids, elements, names)).toList());
    }

    private static PropertyRow row(FieldSpec f, List<String> ids, Map<String, Object> elements, ElementNames names) {
        Set<String> values = new LinkedHashSet<>();
        for (String id : ids) {
            Object value = RecordPaths.get(elements.get(id), f.path());
            values.add(f.type() == ValueType.ID || f.type() == ValueType.ID_LIST ? names.format(value)
                    : f.type().format(value, f.dimension()));
        }
        return new PropertyRow(ids, f, values.size() == 1 ? values.iterator().next() : "", List.copyOf(values));
    }

    /** "3 hosts", "1 VM", "2 switches". */
    static String plural(int count, ElementKind kind) {
        String label = kind.noun();
        String many = kind == ElementKind.STORAGE ? label : label.endsWith("h") ? label + "es" : label + "s";
        return count + " " + (count == 1 ? label : many);
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
