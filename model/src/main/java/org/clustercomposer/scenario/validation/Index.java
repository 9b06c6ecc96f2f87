package org.clustercomposer.scenario.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;

/** Every id of a scenario with what it names and where: built once, so lookups are O(1). */
final class Index {

    /** Where an element is: its kind, its list in the file and its index there. */
    record Ref(ElementKind kind, int index, String list) {
        /** The JSON path, built only when a message needs it. */
        String path() {
            return JsonPaths.element(list, index);
        }
    }

    private final Map<String, Ref> byId = new HashMap<>();

    Index(Scenario s, Checks checks) {
        add(s.hosts(), ElementKind.HOST, "hosts", e -> e.id(), checks);
        add(s.switches(), ElementKind.SWITCH, "switches", e -> e.id(), checks);
        add(s.storages(), ElementKind.STORAGE, "storages", e -> e.id(), checks);
        add(s.links(), ElementKind.LINK, "links", e -> e.id(), checks);
        add(s.vms(), ElementKind.VM, "vms", e -> e.id(), checks);
        add(s.ssiDomains(), ElementKind.SSI_DOMAIN, "ssiDomains", e -> e.id(), checks);
        add(s.applications(), ElementKind.APPLICATION, "applications", e -> e.id(), checks);
    }

    private <T> void add(List<T> elements, ElementKind kind, String list, Function<T, String> id, Checks checks) {
        for (int i = 0; i < elements.size(); i++) {
            String key = id.apply(elements.get(i));
            if (key == null || key.isBlank()) {
                checks.add(JsonPaths.element(list, i), "id", "must not be empty");
                continue;
            }
            Ref previous = byId.putIfAbsent(key, new Ref(kind, i, list));
            if (previous != null) {
                checks.add(JsonPaths.element(list, i), "id", "duplicate id " + Quote.of(key) + ", also used by " + previous.path());
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

    /** "a host", "an SSI domain": for messages. */
    static String describe(ElementKind kind) {
        return switch (kind) {
            case HOST -> "a host";
            case SWITCH -> "a switch";
            case STORAGE -> "a storage";
            case LINK -> "a link";
            case VM -> "a VM";
            case SSI_DOMAIN -> "an SSI domain";
            case APPLICATION -> "an application";
        };
    }
}
