package org.clustercomposer.scenario.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Element;

/** Every id of a scenario with what it names and where: built once, so lookups are O(1). */
final class Index {

    /** Where an element is: its kind and its index in the kind's list. */
    record Ref(ElementKind kind, int index) {
        /** The JSON path, built only when a message needs it. */
        String path() {
            return JsonPaths.element(kind, index);
        }
    }

    private final Map<String, Ref> byId = new HashMap<>();

    /** Ids only: the problems they have are {@link #headerProblems} and {@link #elementProblems}. */
    Index(Scenario s) {
        for (ElementKind kind : ElementKind.values()) {
            List<? extends Element> elements = s.elementsOf(kind);
            for (int i = 0; i < elements.size(); i++) {
                String key = elements.get(i).id();
                if (key != null && !key.isBlank()) {
                    byId.putIfAbsent(key, new Ref(kind, i));
                }
            }
        }
    }

    static void headerProblems(Scenario s, Checks checks) {
        safeText(checks, "", "name", s.name());
        String description = s.description() == null ? null : s.description().replace('\n', ' ').replace('\t', ' ');
        safeText(checks, "", "description", description);
    }

    /** The problems of one element's id and name: empty, unsafe text, or an id an earlier element has. */
    void elementProblems(ElementKind kind, int i, Element element, Checks checks) {
        String key = element.id();
        if (key == null || key.isBlank()) {
            checks.add(JsonPaths.element(kind, i), "id", "must not be empty");
            return;
        }
        // The path is built only for an element with a problem: most have none.
        if (Quote.firstUnsafe(key) >= 0 || element.name() != null && Quote.firstUnsafe(element.name()) >= 0) {
            safeText(checks, JsonPaths.element(kind, i), "id", key);
            safeText(checks, JsonPaths.element(kind, i), "name", element.name());
        }
        Ref first = byId.get(key);
        if (first.kind() != kind || first.index() != i) {
            checks.add(JsonPaths.element(kind, i), "id", "duplicate id " + Quote.of(key) + ", also used by "
                    + first.path());
        }
    }

    // Control and bidi characters in an id or a name would be printed raw by every report.
    static void safeText(Checks checks, String path, String field, String text) {
        int at = text == null ? -1 : Quote.firstUnsafe(text);
        if (at >= 0) {
            checks.add(path, field, String.format("must not hold control or bidirectional characters, got U+%04X at"
                    + " character %d of %s", (int) text.charAt(at), at + 1, Quote.of(text)));
        }
    }

    Ref get(String id) {
        return id == null ? null : byId.get(id);
    }

    boolean is(String id, ElementKind kind) {
        Ref ref = get(id);
        return ref != null && ref.kind() == kind;
    }
}
