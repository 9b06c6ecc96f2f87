package org.clustercomposer.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Where each element sits on the canvas, by id, so a file reopens as it was drawn. */
public record Layout(Map<String, Position> positions) {

    public Layout {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public static Layout empty() {
        return new Layout(Map.of());
    }

    public Optional<Position> positionOf(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    public Layout with(String id, Position position) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.put(id, position);
        return new Layout(copy);
    }

    public Layout without(String id) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.remove(id);
        return new Layout(copy);
    }
}
