package org.clustercomposer.views.properties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Element;

/**
 * References to other elements as the canvas names them: the sheet shows "Placed on node-4", not
 * "h4", and takes a name or an id back. A name two elements share, or an element without one, is
 * shown by its id, so what is shown always reads back to the same element.
 */
final class ElementNames {

    private final Scenario scenario;
    private final Map<String, String> nameById = new HashMap<>();
    private final Map<String, String> idByName = new HashMap<>();
    private Map<String, Element> byId;

    private ElementNames(Scenario s) {
        this.scenario = s;
    }

    /** Built on first use: a selection without references to other elements never pays for it. */
    private void index() {
        if (byId != null) {
            return;
        }
        byId = scenario.elementsById();
        Map<String, Integer> uses = new HashMap<>();
        byId.values().forEach(e -> {
            if (e.name() != null && !e.name().isBlank()) {
                uses.merge(e.name().strip(), 1, Integer::sum);
            }
        });
        byId.values().forEach(e -> {
            String name = e.name() == null ? "" : e.name().strip();
            // A name that is another element's id would read back as that element.
            if (!name.isEmpty() && uses.get(name) == 1 && !name.contains(",")
                    && (name.equals(e.id()) || !byId.containsKey(name))) {
                nameById.put(e.id(), name);
                idByName.put(name, e.id());
            }
        });
    }

    static ElementNames of(Scenario s) {
        return new ElementNames(s);
    }

    /** The name the canvas shows for an element, or its id when that name would not read back. */
    String nameOf(String id) {
        index();
        return nameById.getOrDefault(id, id);
    }

    /** An id, or a list of ids, as names: "node-4", "web-1, web-2". */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(v -> nameOf(v.toString())).toList());
        }
        return nameOf(value.toString());
    }

    /** Typed names or ids back to ids; an unknown one is refused with its text. */
    Object parse(ValueType type, String text) {
        index();
        String t = text == null ? "" : text.strip();
        if (type == ValueType.ID) {
            return t.isEmpty() ? null : resolve(t);
        }
        List<String> ids = new ArrayList<>();
        for (String part : t.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (idByName.containsKey(p) || byId.containsKey(p)) {
                ids.add(resolve(p));
            } else {
                // Ids typed with spaces between them, as before names were shown.
                for (String word : p.split("\\s+")) {
                    ids.add(resolve(word));
                }
            }
        }
        return ids;
    }

    private String resolve(String nameOrId) {
        String id = idByName.get(nameOrId);
        if (id != null) {
            return id;
        }
        if (byId.containsKey(nameOrId)) {
            return nameOrId;
        }
        throw new IllegalArgumentException("no element with id \"" + nameOrId + "\" (nor one named so)");
    }
}
