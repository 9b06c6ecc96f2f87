package org.clustercomposer.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Where each element sits on the canvas, by id, so a file reopens as it was drawn. */
public record Layout(Map<String, Position> positions) {

    public Layout {
        positions = positions instanceof OverlayMap<Position> o ? o.freeze()
                : Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public static Layout empty() {
        return new Layout(Map.of());
    }

    public Optional<Position> positionOf(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    public Layout with(String id, Position position) {
        return withAll(Map.of(id, position));
    }

    /**
     * This layout with some positions set: O(positions set), the rest read through to this one (a drag sets a few
     * positions of thousands at every move). Once the positions set since the last full copy reach a quarter of the
     * layout, it is copied flat, so lookups never go through more than one overlay.
     */
    public Layout withAll(Map<String, Position> changed) {
        OverlayMap<Position> next = OverlayMap.over(positions);
        next.putAll(changed);
        return new Layout(next.changes() > next.baseSize() / 4 + 16 ? new LinkedHashMap<>(next) : next);
    }

    public Layout without(String id) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.remove(id);
        return new Layout(copy);
    }
}
