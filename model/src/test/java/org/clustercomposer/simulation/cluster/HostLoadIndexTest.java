package org.clustercomposer.simulation.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The index keeps each group of hosts (same core count) in (load, host number) order, whatever changed since the last
 * read: a few hosts (moved within the group), many (the group sorted again), equal loads (common: idle hosts, whole
 * cores), and says how many hosts have at most a given load; checked against sorting every host of the group.
 */
class HostLoadIndexTest {

    @Test
    void groupsStayInLoadThenHostOrderAsASortOfEveryHostWould() {
        for (int seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int hosts = 400 + random.nextInt(400); // enough that most changing sorts a group again
            double[] capacity = new double[hosts];
            double[] load = new double[hosts];
            for (int h = 0; h < hosts; h++) {
                capacity[h] = new double[] {8, 16, 32}[random.nextInt(3)];
                load[h] = nextLoad(random);
            }
            HostLoadIndex index = new HostLoadIndex(capacity, h -> load[h]);
            int sorts = 0;
            int moves = 0;
            for (int round = 0; round < 300; round++) {
                // most rounds change a few hosts (a placement, a reservation); some change most (a workload step)
                int changes = random.nextInt(5) == 0 ? hosts - random.nextInt(hosts / 4) : 1 + random.nextInt(6);
                sorts += changes > 6 ? 1 : 0;
                moves += changes <= 6 ? 1 : 0;
                for (int c = 0; c < changes; c++) {
                    int h = random.nextInt(hosts);
                    load[h] = random.nextInt(4) == 0 ? load[h] : nextLoad(random); // some marked but unchanged
                    index.changed(h);
                }
                double maxLoad = nextLoad(random);
                for (int group = 0; group < index.groupCount(); group++) {
                    int g = group;
                    double cores = index.groupCapacity(g);
                    int[] expected = IntStream.range(0, hosts).filter(h -> capacity[h] == cores).boxed()
                            .sorted(Comparator.<Integer>comparingDouble(h -> load[h]).thenComparingInt(h -> h))
                            .mapToInt(Integer::intValue).toArray();
                    int upTo = index.countUpTo(g, maxLoad);
                    int[] actual = IntStream.range(0, index.size(g)).map(i -> index.host(g, i)).toArray();
                    String where = "seed " + seed + ", round " + round + ", group of " + cores + " cores";
                    assertArrayEquals(expected, actual, where);
                    assertEquals(IntStream.of(expected).filter(h -> load[h] <= maxLoad).count(), upTo, where);
                }
            }
            assertTrue(sorts > 30 && moves > 150, "sorts " + sorts + ", moves " + moves);
        }
    }

    // Loads drawn from few values (equal loads are common) or any value.
    private static double nextLoad(SplittableRandom random) {
        return random.nextBoolean() ? random.nextInt(6) : random.nextDouble() * 40;
    }
}
