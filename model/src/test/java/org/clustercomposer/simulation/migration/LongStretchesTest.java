package org.clustercomposer.simulation.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.clustercomposer.simulation.cluster.IntList;
import org.clustercomposer.simulation.migration.MigrationManager.Migration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index of long stretches finds what a scan of every long stretch in planning order finds, and cuts in its order:
 * on seeded random events (stretches planned, ending, followed at once by another long one, aborted, cut and planned
 * again; flows' rates and resources' loads moving), the stretches it says are concerned are exactly those the scan
 * would look at (flow changed, or a load on the path once the headroom is known), and the cut order is the scan's, where
 * a migration planned long again while still listed (its long stretch ended and the next is long) leaves its old
 * entry for a new one at the end: each migration is cut at most once per look.
 */
class LongStretchesTest {

    private static final int RESOURCES = 12;

    private SplittableRandom random;
    private final List<Migration> migrations = new ArrayList<>();
    private final Map<Integer, Migration> byFlow = new HashMap<>();
    private final LongStretches index = new LongStretches(RESOURCES);
    // What the scan walked: one entry per migration, its latest long plan; left when found without its long flow or cut.
    private final List<Migration> scanned = new ArrayList<>();
    private final List<Migration> undecided = new ArrayList<>();
    private int nextFlow;
    private int plannedAgainWhileListed;
    private int cuts;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void findsAndCutsAsAScanOfEveryStretch(long seed) {
        random = new SplittableRandom(seed);
        play(3000);
        // Both must be common, or the order rule is not exercised.
        assertTrue(plannedAgainWhileListed > 15, "migrations planned long again while listed: " + plannedAgainWhileListed);
        assertTrue(cuts > 200, "cuts: " + cuts);
    }

    private void play(int events) {
        for (int i = 0; i < 60; i++) {
            int[] path = random.ints(0, RESOURCES).distinct().limit(1 + random.nextInt(4)).toArray();
            migrations.add(new Migration(i, true, i, 0, 1, 1, 0, path, 0, 0, 1, "test"));
        }
        for (int event = 0; event < events; event++) {
            int changes = 1 + random.nextInt(6);
            for (int c = 0; c < changes; c++) {
                change(migrations.get(random.nextInt(migrations.size())));
            }
            do {
                planUndecided();
            } while (check("event " + event));
            // The headroom of the stretches planned at this event is known once every plan is in.
            Set<Migration> fromScan = new HashSet<>();
            for (Migration m : scanned) {
                if (Double.isNaN(m.headroom) && m.flow == m.longFlow) {
                    fromScan.add(m);
                }
            }
            Set<Migration> fromIndex = new HashSet<>();
            for (Migration m : index.takePlanned()) {
                if (Double.isNaN(m.headroom) && m.flow == m.longFlow) {
                    fromIndex.add(m);
                    m.headroom = 1;
                    index.indexPath(m);
                }
            }
            assertEquals(fromScan, fromIndex, "new headrooms at event " + event);
        }
    }

    private void change(Migration m) {
        if (m.aborted) {
            return;
        }
        boolean onLongFlow = m.flow >= 0 && m.flow == m.longFlow;
        int roll = random.nextInt(10);
        if (!onLongFlow && m.flow < 0) {
            start(m);
        } else if (onLongFlow && roll < 6) {
            // Its stretch ends; the next one, started within the same event, is often long again.
            index.leave(m);
            byFlow.remove(m.flow);
            m.flow = -1;
            next(m);
        } else if (roll == 6) {
            m.aborted = true;
            byFlow.remove(m.flow);
            index.leave(m);
        } else if (!onLongFlow) {
            byFlow.remove(m.flow);
            m.flow = -1; // a short stretch or a wait that ends
        }
    }

    // What follows an ended or cut stretch: another stretch (planned once the event's flows are in) or a wait.
    private void next(Migration m) {
        if (random.nextInt(4) != 0) {
            start(m);
        }
    }

    private void start(Migration m) {
        m.flow = nextFlow++;
        byFlow.put(m.flow, m);
        undecided.add(m);
    }

    // As MigrationManager.planUndecided: a stretch is long, short, or has nothing to send (its flow goes).
    private void planUndecided() {
        for (Migration m : undecided) {
            if (m.flow < 0 || byFlow.get(m.flow) != m) {
                continue; // aborted, or cut again meanwhile
            }
            int roll = random.nextInt(6);
            if (roll < 3) {
                m.longFlow = m.flow;
                m.headroom = Double.NaN;
                index.add(m);
                if (scanned.remove(m)) {
                    plannedAgainWhileListed++;
                }
                scanned.add(m);
            } else if (roll == 5) {
                byFlow.remove(m.flow);
                m.flow = -1;
                index.leave(m);
            }
        }
        undecided.clear();
    }

    /** One look after an event: returns whether something was cut. */
    private boolean check(String where) {
        boolean ratesMoved = random.nextInt(5) != 0;
        IntList flows = new IntList();
        for (Migration m : migrations) {
            if (m.flow >= 0 && random.nextInt(4) == 0) {
                flows.add(m.flow);
            }
        }
        IntList resources = new IntList();
        for (int r = 0; r < RESOURCES; r++) {
            if (random.nextInt(8) == 0) {
                resources.add(r);
            }
        }
        Set<Migration> wouldCut = new HashSet<>();
        for (Migration m : migrations) {
            if (random.nextInt(3) == 0) {
                wouldCut.add(m);
            }
        }
        // The scan of every stretch, in planning order.
        Set<Migration> looked = new HashSet<>();
        List<Migration> scanCut = new ArrayList<>();
        scanned.removeIf(m -> {
            if (m.flow != m.longFlow || m.aborted) {
                return true;
            }
            if (ratesMoved && mayHaveChanged(m, flows, resources)) {
                looked.add(m);
                if (wouldCut.contains(m)) {
                    scanCut.add(m);
                    return true;
                }
            }
            return false;
        });
        // The index.
        List<Migration> indexCut = new ArrayList<>();
        if (!index.isEmpty()) {
            index.dropLeft();
            if (ratesMoved) {
                List<Migration> concerned = new ArrayList<>();
                index.concernedBy(flows, byFlow, resources, concerned);
                assertEquals(ids(List.copyOf(looked)).stream().sorted().toList(),
                        ids(concerned).stream().sorted().toList(), where + ": concerned");
                assertEquals(concerned.size(), new HashSet<>(concerned).size(), where + ": concerned twice");
                List<Migration> cut = concerned.stream().filter(wouldCut::contains).toList();
                if (!cut.isEmpty()) {
                    indexCut = index.cutOrder(cut);
                }
            }
        }
        assertEquals(ids(scanCut), ids(indexCut), where + ": cut order");
        assertEquals(scanned.isEmpty(), index.isEmpty(), where + ": anything listed");
        assertEquals(indexCut.size(), new HashSet<>(indexCut).size(), where + ": a migration cut twice");
        cuts += indexCut.size();
        for (Migration m : indexCut) {
            byFlow.remove(m.flow);
            m.flow = -1;
            next(m);
        }
        return !indexCut.isEmpty();
    }

    private static boolean mayHaveChanged(Migration m, IntList flows, IntList resources) {
        for (int k = 0; k < flows.size(); k++) {
            if (flows.get(k) == m.flow) {
                return true;
            }
        }
        if (!Double.isNaN(m.headroom)) {
            for (int r : m.path) {
                for (int k = 0; k < resources.size(); k++) {
                    if (resources.get(k) == r) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Integer> ids(List<Migration> ms) {
        return ms.stream().map(m -> m.id).toList();
    }
}
