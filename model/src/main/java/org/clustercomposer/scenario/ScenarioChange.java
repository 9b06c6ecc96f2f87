package org.clustercomposer.scenario;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clustercomposer.topology.Element;

/**
 * What an edit changed, found by comparing two scenarios: the positions whose record was
 * replaced, kind by kind. An edit is <em>in place</em> when every list keeps its size and every
 * position keeps its id (a property edit, a VM moved, members changed); engines can then redo
 * only what the replaced records touch. Adding, deleting or renaming elements is not in place.
 *
 * <p>Cost: O(1) for a list the edit left as it was (the same instance), one reference comparison
 * per element for a list it copied, as every edit through the editor does.
 */
public final class ScenarioChange {

    private final boolean inPlace;
    private final Map<ElementKind, int[]> replaced;
    private final boolean layoutChanged;
    private final boolean headerChanged;

    private ScenarioChange(boolean inPlace, Map<ElementKind, int[]> replaced, boolean layoutChanged,
                           boolean headerChanged) {
        this.inPlace = inPlace;
        this.replaced = replaced;
        this.layoutChanged = layoutChanged;
        this.headerChanged = headerChanged;
    }

    public static ScenarioChange between(Scenario before, Scenario after) {
        Map<ElementKind, int[]> replaced = new EnumMap<>(ElementKind.class);
        boolean inPlace = true;
        for (ElementKind kind : ElementKind.values()) {
            List<? extends Element> was = before.elementsOf(kind);
            List<? extends Element> now = after.elementsOf(kind);
            if (was == now) {
                replaced.put(kind, new int[0]);
                continue;
            }
            if (was.size() != now.size()) {
                inPlace = false;
                replaced.put(kind, new int[0]);
                continue;
            }
            int[] found = new int[4];
            int n = 0;
            for (int i = 0; i < now.size(); i++) {
                Element a = was.get(i);
                Element b = now.get(i);
                if (a == b) {
                    continue;
                }
                if (!Objects.equals(a.id(), b.id())) {
                    inPlace = false;
                }
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
            replaced.put(kind, Arrays.copyOf(found, n));
        }
        boolean header = !before.name().equals(after.name()) || !before.description().equals(after.description());
        return new ScenarioChange(inPlace, replaced, before.layout() != after.layout(), header);
    }

    /** Whether every list kept its size and every position its id: only records were replaced. */
    public boolean inPlace() {
        return inPlace;
    }

    /** Positions in the kind's list whose record was replaced (ascending); meaningful when {@link #inPlace}. */
    public int[] replaced(ElementKind kind) {
        return replaced.get(kind).clone();
    }

    public boolean replacedAny(ElementKind kind) {
        return replaced.get(kind).length > 0;
    }

    /** Whether the layout is another value (it may hold the same positions). */
    public boolean layoutChanged() {
        return layoutChanged;
    }

    /** Whether the design's name or description changed. */
    public boolean headerChanged() {
        return headerChanged;
    }

    /** How many records were replaced, all kinds together. */
    public int replacedCount() {
        return replaced.values().stream().mapToInt(a -> a.length).sum();
    }
}
