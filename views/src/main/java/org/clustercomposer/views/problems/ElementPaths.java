package org.clustercomposer.views.problems;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustercomposer.scenario.Scenario;

/** Maps a JSON pointer such as {@code /vms/3/memory} to the id of the element it points into. */
public final class ElementPaths {

    private static final Pattern ELEMENT = Pattern.compile("^/(\\w+)/(\\d+)(?:/.*)?$");
    private static final Pattern LAYOUT = Pattern.compile("^/layout/([^/]+)(?:/.*)?$");

    private ElementPaths() {
    }

    /** The element id, or null when the path names no element (the file, its name, a missing index). */
    public static String elementId(Scenario s, String path) {
        if (path == null) {
            return null;
        }
        Matcher layout = LAYOUT.matcher(path);
        if (layout.matches()) {
            String id = layout.group(1).replace("~1", "/").replace("~0", "~");
            return s.kindOf(id).isPresent() ? id : null;
        }
        Matcher m = ELEMENT.matcher(path);
        if (!m.matches()) {
            return null;
        }
        int index = Integer.parseInt(m.group(2));
        List<String> ids = switch (m.group(1)) {
            case "hosts" -> s.hosts().stream().map(e -> e.id()).toList();
            case "switches" -> s.switches().stream().map(e -> e.id()).toList();
            case "links" -> s.links().stream().map(e -> e.id()).toList();
            case "storages" -> s.storages().stream().map(e -> e.id()).toList();
            case "vms" -> s.vms().stream().map(e -> e.id()).toList();
            case "ssiDomains" -> s.ssiDomains().stream().map(e -> e.id()).toList();
            case "applications" -> s.applications().stream().map(e -> e.id()).toList();
            default -> List.of();
        };
        return index < ids.size() ? ids.get(index) : null;
    }
}
