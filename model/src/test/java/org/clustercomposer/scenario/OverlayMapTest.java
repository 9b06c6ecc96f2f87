package org.clustercomposer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OverlayMapTest {

    @Test
    void readsAsTheBaseWithItsChangesInTheBasesOrderAndNeverChangesTheBase() {
        Map<String, Integer> base = new LinkedHashMap<>(Map.of("a", 1));
        base.put("b", 2);
        base.put("c", 3);
        Map<String, Integer> before = new LinkedHashMap<>(base);
        OverlayMap<Integer> o = OverlayMap.over(base);
        o.put("b", 20);
        o.put("z", 26);
        assertEquals(List.of("a", "b", "c", "z"), List.copyOf(o.keySet()));
        assertEquals(List.of(1, 20, 3, 26), List.copyOf(o.values()));
        assertEquals(before, base, "the base is untouched");
        OverlayMap<Integer> again = OverlayMap.over(o);
        again.put("c", 30);
        assertEquals(Map.of("a", 1, "b", 20, "c", 30, "z", 26), again);
        assertEquals(Map.of("a", 1, "b", 20, "c", 3, "z", 26), o, "an overlay of an overlay copies its changes");
        assertEquals(2, o.changes());
        OverlayMap<Integer> same = OverlayMap.over(base);
        same.put("z", 26);
        assertNotEquals(same, o, "b differs");
        same.put("b", 20);
        assertEquals(same, o);
        OverlayMap<Integer> back = OverlayMap.over(base);
        back.put("b", 2);
        assertEquals(base, back, "a change back to the base's value is no difference");
        assertEquals(back, OverlayMap.over(base));
        assertThrows(UnsupportedOperationException.class, () -> o.freeze().put("a", 0));
    }

    @Test
    void randomChangesReadAsTheSameChangesToACopy() {
        Random random = new Random(5);
        Map<String, Integer> copy = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            copy.put("k" + i, i);
            positions.put("k" + i, new Position(i, 0));
        }
        Map<String, Integer> current = new LinkedHashMap<>(copy);
        Layout layout = new Layout(positions);
        for (int step = 0; step < 300; step++) {
            OverlayMap<Integer> next = OverlayMap.over(current);
            String key = "k" + random.nextInt(260);
            next.put(key, step);
            copy.put(key, step);
            current = next;
            assertEquals(copy, current);
            assertEquals(List.copyOf(copy.keySet()), List.copyOf(current.keySet()), "order");
            Layout before = layout;
            Position p = before.positions().get(key);
            layout = layout.withAll(Map.of(key, new Position(step, 1)));
            positions.put(key, new Position(step, 1));
            assertEquals(positions, layout.positions(), "a layout with positions set, flat or over another");
            assertEquals(p, before.positions().get(key), "the earlier layout is unchanged");
        }
    }
}
