package org.clustercomposer.views.layout;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clustercomposer.scenario.Position;

/** Lines up the selected nodes on one edge, or spreads them evenly. */
public enum Alignment {
    LEFT, TOP, DISTRIBUTE_HORIZONTALLY;

    /** New top-left positions for the given ones. */
    public Map<String, Position> apply(Map<String, Position> positions) {
        Map<String, Position> out = new LinkedHashMap<>();
        if (positions.isEmpty()) {
            return out;
        }
        double minX = positions.values().stream().mapToDouble(Position::x).min().orElseThrow();
        double minY = positions.values().stream().mapToDouble(Position::y).min().orElseThrow();
        switch (this) {
            case LEFT -> positions.forEach((id, p) -> out.put(id, new Position(minX, p.y())));
            case TOP -> positions.forEach((id, p) -> out.put(id, new Position(p.x(), minY)));
            case DISTRIBUTE_HORIZONTALLY -> {
                double maxX = positions.values().stream().mapToDouble(Position::x).max().orElseThrow();
                var sorted = positions.entrySet().stream()
                        .sorted(Map.Entry.comparingByValue(Comparator.comparingDouble(Position::x))).toList();
                double step = sorted.size() < 2 ? 0 : (maxX - minX) / (sorted.size() - 1);
                for (int i = 0; i < sorted.size(); i++) {
                    out.put(sorted.get(i).getKey(), new Position(minX + i * step, sorted.get(i).getValue().y()));
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }
}
