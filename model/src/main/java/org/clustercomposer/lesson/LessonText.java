package org.clustercomposer.lesson;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Element;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** How lessons name elements and numbers to a student: by the names the canvas shows. */
final class LessonText {

    private LessonText() {
    }

    /** The element's name as drawn ("xen-2"), its id when it has none or does not exist. */
    static String name(Scenario s, String id) {
        if (id == null) {
            return "?";
        }
        return s.element(id).map(Element::name).filter(n -> n != null && !n.isBlank()).orElse(id);
    }

    /** "45 ms", "8.2 GiB", or a plain count "3". */
    static String number(double value, Dimension dimension) {
        if (dimension == null) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
        }
        return Quantities.display(value, dimension);
    }
}
