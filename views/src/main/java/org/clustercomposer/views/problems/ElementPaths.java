package org.clustercomposer.views.problems;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Element;

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
        Optional<ElementKind> kind = ElementKind.ofListName(m.group(1));
        if (kind.isEmpty()) {
            return null;
        }
        List<? extends Element> elements = s.elementsOf(kind.get());
        return index < elements.size() ? elements.get(index).id() : null;
    }
}
