package org.clustercomposer.simulation.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clustercomposer.simulation.cluster.IntList;
import org.clustercomposer.simulation.migration.MigrationManager.Migration;

/**
 * The long pre-copy stretches in flight, for the check after every event ({@code MigrationManager}): which ones what
 * changed in the network concerns, and the order they are cut in. With thousands in flight at 10,000 hosts, asking
 * each one after every event whether its rate or path moved was a third of a consolidation day; here the flows whose
 * rate moved lead to their migrations, and the resources whose load moved to the stretches whose headroom crosses
 * them.
 *
 * <p>The order is the one of a list the stretches are appended to when planned and leave when a check finds their
 * migration without its long flow (or aborted) or cuts it. A migration holds one place: when its long stretch ends
 * and the next one is long again within one event, the new stretch takes a new place at the end and the old one is
 * given up (main before 2026-12-04 kept both, and cut such a migration once per place at one instant: its second cut
 * cancelled the stretch the first had just started and planned the migration twice; decision 0310).
 */
final class LongStretches {

    private int nextPlace;
    private int listed; // migrations holding a place
    // Migrations whose long flow ended or that were aborted since the last check.
    private final List<Migration> leaving = new ArrayList<>();
    // Planned since the last look at new stretches, for their headroom.
    private final List<Migration> planned = new ArrayList<>();
    // By resource: the stretches with a headroom whose path crosses it, each with the long flow it was for.
    private final List<List<Migration>> crossing;
    private final IntList[] crossingFlow;
    private int crossings;
    private int crossingsAfterSweep;
    private int scan;

    LongStretches(int resources) {
        crossing = new ArrayList<>(resources);
        crossingFlow = new IntList[resources];
        for (int r = 0; r < resources; r++) {
            crossing.add(new ArrayList<>());
            crossingFlow[r] = new IntList();
        }
    }

    boolean isEmpty() {
        return listed == 0;
    }

    /** A long stretch was planned on the migration's {@code longFlow}. */
    void add(Migration m) {
        if (!m.listed) {
            m.listed = true;
            listed++;
        }
        m.place = nextPlace++;
        planned.add(m);
    }

    /** The migration's long flow ended, or it was aborted: the next check lets it go unless it has a new one. */
    void leave(Migration m) {
        if (m.listed) {
            leaving.add(m);
        }
    }

    /** At each check: those that left and have no long flow again give up their places. */
    void dropLeft() {
        for (Migration m : leaving) {
            if (m.listed && (m.flow != m.longFlow || m.aborted)) {
                remove(m);
            }
        }
        leaving.clear();
    }

    /** The stretches planned since the last call that still hold a place. */
    List<Migration> takePlanned() {
        List<Migration> listedNow = new ArrayList<>(planned.size());
        for (Migration m : planned) {
            if (m.listed) {
                listedNow.add(m);
            }
        }
        planned.clear();
        return listedNow;
    }

    /** The stretch's headroom is known: from now on a load moving on its path concerns it. */
    void indexPath(Migration m) {
        for (int r : m.path) {
            crossing.get(r).add(m);
            crossingFlow[r].add(m.longFlow);
        }
        crossings += m.path.length;
        if (crossings > 2 * crossingsAfterSweep + 4096) {
            for (int r = 0; r < crossingFlow.length; r++) {
                prune(r);
            }
            crossingsAfterSweep = crossings;
        }
    }

    /**
     * Adds to {@code out}, once each, the stretches holding a place whose flow is among {@code flows} or whose
     * headroom crosses one of {@code resources}.
     */
    void concernedBy(IntList flows, Map<Integer, Migration> byFlow, IntList resources, List<Migration> out) {
        scan++;
        for (int k = 0; k < flows.size(); k++) {
            Migration m = byFlow.get(flows.get(k));
            if (m != null) {
                take(m, out);
            }
        }
        for (int k = 0; k < resources.size(); k++) {
            int r = resources.get(k);
            prune(r);
            for (Migration m : crossing.get(r)) {
                take(m, out);
            }
        }
    }

    private void take(Migration m, List<Migration> out) {
        if (m.listed && m.flow == m.longFlow && !m.aborted && m.seenInScan != scan) {
            m.seenInScan = scan;
            out.add(m);
        }
    }

    // Drops the crossings of stretches that are over.
    private void prune(int r) {
        List<Migration> at = crossing.get(r);
        IntList flows = crossingFlow[r];
        int kept = 0;
        for (int k = 0; k < at.size(); k++) {
            Migration m = at.get(k);
            if (m.listed && m.longFlow == flows.get(k)) {
                at.set(kept, m);
                flows.set(kept, flows.get(k));
                kept++;
            }
        }
        crossings -= at.size() - kept;
        at.subList(kept, at.size()).clear();
        flows.truncate(kept);
    }

    /** Takes the places of the migrations to cut (each concerned once) and gives them in the order of their places. */
    List<Migration> cutOrder(List<Migration> cut) {
        List<Migration> order = new ArrayList<>(cut);
        for (Migration m : order) {
            remove(m);
        }
        order.sort((a, b) -> Integer.compare(a.place, b.place));
        return order;
    }

    private void remove(Migration m) {
        m.listed = false;
        listed--;
    }
}
