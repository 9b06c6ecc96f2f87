package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The process table's per-domain index and process names give what a scan of every process gives: on generated
 * designs with SSI domains, after seeded freezes, thaws at other members, kills and lost domains, the processes of
 * each domain at each place are those a scan finds (in the same order), and each process is named by its application
 * and the number of the application's processes before it.
 */
class ProcessTableTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void processesAtAPlaceAndNamesAreThoseOfAScan(long seed) {
        Scenario s = new ScenarioGenerator().generate(new GeneratorParameters(60, 240, 12, seed));
        ClusterModel cluster = new ClusterModel(s);
        ProcessTable table = new ProcessTable(s, cluster);
        InitialPlacement.place(s, cluster, table);
        table.start();
        SplittableRandom random = new SplittableRandom(seed);
        int n = table.processCount();
        assertTrue(n > 50, "processes: " + n);
        Map<Integer, Integer> seenPerApp = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String app = s.applications().get(appOf(table, i, s)).id();
            int before = seenPerApp.merge(appOf(table, i, s), 1, Integer::sum) - 1;
            assertEquals(app + "#" + before, table.processName(i), "name of process " + i);
        }
        int found = 0;
        for (int step = 0; step < 400; step++) {
            int i = random.nextInt(n);
            int d = table.domainOf(i);
            switch (random.nextInt(8)) {
                case 0, 1, 2 -> table.freeze(i);
                case 3, 4, 5 -> {
                    int[] members = d >= 0 ? table.members(d) : new int[0];
                    if (members.length > 0) {
                        table.thawAt(i, members[random.nextInt(members.length)]);
                    }
                }
                case 6 -> table.kill(i);
                default -> {
                    if (d >= 0 && random.nextInt(10) == 0) {
                        table.killDomain(d);
                    }
                }
            }
            for (int domain = 0; domain < table.domainCount(); domain++) {
                for (int place : table.members(domain)) {
                    int dd = domain;
                    int[] scan = IntStream.range(0, n).filter(k -> table.domainOf(k) == dd && table.isAlive(k)
                            && !table.isFrozen(k) && table.placeOfProcess(k) == place).toArray();
                    assertArrayEquals(scan, table.processesAt(domain, place),
                            "step " + step + ": domain " + domain + " at place " + place);
                    found += scan.length;
                }
            }
        }
        assertTrue(found > 1000, "processes found at places: " + found);
    }

    // The application of process i, by its name's prefix (the table keeps it private).
    private static int appOf(ProcessTable table, int i, Scenario s) {
        String name = table.processName(i);
        String app = name.substring(0, name.lastIndexOf('#'));
        for (int a = 0; a < s.applications().size(); a++) {
            if (s.applications().get(a).id().equals(app)) {
                return a;
            }
        }
        throw new AssertionError("no application " + app);
    }
}
