package org.clustercomposer.views.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.layout.LayeredTreeLayout;
import org.clustercomposer.views.layout.NodeSize;

/**
 * Where the canvas draws each node (host, switch, storage). The layout of the file wins; a scenario
 * without any layout (generated, imported) gets the tree layout; nodes added without a position line
 * up under the rest.
 */
public final class NodePositions {

    private NodePositions() {
    }

    public static Map<String, Position> positions(Scenario s, ToIntFunction<String> vmCount) {
        List<String> nodeIds = nodeIds(s);
        Map<String, Position> known = s.layout().positions();
        boolean anyKnown = nodeIds.stream().anyMatch(known::containsKey);
        if (!anyKnown) {
            return treeLayout(s, vmCount);
        }
        Map<String, Position> out = new LinkedHashMap<>();
        double maxY = 0;
        for (String id : nodeIds) {
            Position p = known.get(id);
            if (p != null) {
                out.put(id, p);
                maxY = Math.max(maxY, p.y() + 200);
            }
        }
        double x = 0;
        Map<String, ElementKind> kinds = s.kindsById();
        Captions captions = new Captions(s);
        for (String id : nodeIds) {
            if (!out.containsKey(id)) {
                out.put(id, new Position(x, maxY));
                x += Shapes.width(kinds.get(id), captions.caption(id)) + 24;
            }
        }
        return out;
    }

    /** The tree layout with sizes as the canvas draws them. */
    public static Map<String, Position> treeLayout(Scenario s, ToIntFunction<String> vmCount) {
        Map<String, ElementKind> kinds = s.kindsById();
        Captions captions = new Captions(s);
        NodeSize size = new NodeSize() {
            @Override
            public double width(String id) {
                return Shapes.width(kinds.get(id), captions.caption(id));
            }

            @Override
            public double height(String id) {
                return Shapes.height(kinds.get(id), vmCount.applyAsInt(id)) + Shapes.APP_HEIGHT;
            }
        };
        return new LayeredTreeLayout(size).layout(s);
    }

    /**
     * The scenario with its nodes where Auto-Layout puts them (other positions kept): what
     * {@code generate} writes, so a generated file opens as drawn instead of overlapping and being
     * laid out again (its own rows are spaced for hosts without VM chips).
     */
    public static Scenario laidOut(Scenario s) {
        return s.withLayout(s.layout().withAll(treeLayout(s)));
    }

    /** Tree layout with hosts as tall as their VM chips make them (chips sized to their names). */
    public static Map<String, Position> treeLayout(Scenario s) {
        Map<String, List<Double>> widths = new HashMap<>();
        s.vms().forEach(v -> widths.computeIfAbsent(v.placedOn(), k -> new ArrayList<>())
                .add(Shapes.vmChipWidth(v.name() == null || v.name().isBlank() ? v.id() : v.name())));
        return treeLayout(s, id -> Shapes.VM_COLUMNS * Shapes.chipRows(widths.getOrDefault(id, List.of())));
    }

    static List<String> nodeIds(Scenario s) {
        return Stream.of(s.hosts().stream().map(h -> h.id()), s.switches().stream().map(e -> e.id()),
                s.storages().stream().map(e -> e.id())).flatMap(x -> x).toList();
    }
}
