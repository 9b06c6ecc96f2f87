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

    Index(Scenario s, Checks checks) {
        for (ElementKind kind : ElementKind.values()) {
            List<? extends Element> elements = s.elementsOf(kind);
            for (int i = 0; i < elements.size(); i++) {
                String key = elements.get(i).id();
                if (key == null || key.isBlank()) {
                    checks.add(JsonPaths.element(kind, i), "id", "must not be empty");
                    continue;
                }
                Ref previous = byId.putIfAbsent(key, new Ref(kind, i));
                if (previous != null) {
                    checks.add(JsonPaths.element(kind, i), "id", "duplicate id " + Quote.of(key) + ", also used by "
                            + previous.path());
                }
            }
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
