package org.clustercomposer.simulation.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The id-to-slot table answers as a plain map would through growth and removals in the middle of probe runs: ids
 * come in rising order as the flow network hands them out, most leave soon, some stay long.
 */
class SlotsByIdTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void answersAsAMapAfterRandomPutsAndRemovals(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SlotsById table = new SlotsById();
        Map<Integer, Integer> expected = new HashMap<>();
        List<Integer> live = new ArrayList<>();
        int nextId = 0;
        for (int step = 0; step < 200_000; step++) {
            if (live.isEmpty() || random.nextInt(100) < 52 - live.size() / 100) {
                int id = nextId;
                nextId += 1 + (random.nextInt(10) == 0 ? random.nextInt(1000) : 0);
                int slot = random.nextInt(5000);
                table.put(id, slot);
                expected.put(id, slot);
                live.add(id);
            } else {
                int id = live.remove(random.nextInt(live.size()));
                table.remove(id);
                expected.remove(id);
                assertEquals(-1, table.get(id), "removed id " + id);
            }
            int probe = random.nextInt(nextId + 1);
            assertEquals(expected.getOrDefault(probe, -1), table.get(probe), "id " + probe + " at step " + step);
        }
        for (Map.Entry<Integer, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), table.get(e.getKey()), "id " + e.getKey());
        }
    }
}
