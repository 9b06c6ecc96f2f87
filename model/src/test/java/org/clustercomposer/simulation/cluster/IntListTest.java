package org.clustercomposer.simulation.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * A sorted IntList (the flows on a network resource, in slot order) keeps the order a sorted plain list would:
 * inserts go after equal values, removals take out one occurrence, and values not there are not removed.
 */
class IntListTest {

    @Test
    void sortedInsertsAndRemovalsMatchASortedList() {
        SplittableRandom random = new SplittableRandom(7);
        IntList list = new IntList();
        List<Integer> expected = new ArrayList<>();
        for (int step = 0; step < 50_000; step++) {
            int value = random.nextInt(300); // duplicates are common
            if (random.nextInt(3) > 0 || expected.isEmpty()) {
                list.addSorted(value);
                int i = 0;
                while (i < expected.size() && expected.get(i) <= value) {
                    i++;
                }
                expected.add(i, value);
            } else {
                assertEquals(expected.remove((Integer) value), list.removeSorted(value), "remove " + value);
            }
            if (step % 97 == 0) {
                assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), list.toArray(),
                        "after step " + step);
            }
        }
        assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), list.toArray());
    }
}
