package org.clustercomposer.export;

import java.util.List;
import java.util.regex.Pattern;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.topology.Element;

/**
 * Which ids can become names in the exported files. Ids become file names (libvirt), host names
 * (Ansible, Slurm, Kerrighed, MOSIX) and group names (Ansible): one conservative rule for all, so
 * a name never needs quoting in a host list, a Slurm node range or a path, and never reaches a
 * shell as anything but a word. Text that is only shown (VM titles) is escaped instead.
 */
final class ExportNames {

    /** Host-name-like: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 63. */
    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private ExportNames() {
    }

    static boolean isSimple(String id) {
        return SIMPLE.matcher(id).matches() && !id.contains("..");
    }

    /** Adds a problem naming the element when its id cannot be used as a name in {@code target}. */
    static void check(Scenario scenario, Element element, ExportTarget target, String usedAs, List<Problem> problems) {
        if (!isSimple(element.id())) {
            ElementKind kind = ElementKind.of(element);
            int index = scenario.elementsOf(kind).indexOf(element);
            problems.add(new Problem("/" + kind.listName() + "/" + index + "/id",
                    target.cliName() + " export: " + kind.noun() + " id \"" + element.id() + "\" cannot be "
                            + usedAs + " (use letters, digits, '.', '_' and '-', starting with a letter or digit,"
                            + " at most 63 characters)"));
        }
    }

    /** An Ansible group name (letters, digits and '_'; Ansible warns about '-' and '.'). */
    static String group(String prefix, String id) {
        return prefix + "_" + id.replace('-', '_').replace('.', '_');
    }
}
