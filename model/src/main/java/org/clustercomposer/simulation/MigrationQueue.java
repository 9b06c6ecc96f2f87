package org.clustercomposer.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.IntList;
import org.clustercomposer.simulation.cluster.ProcessTable;
import org.clustercomposer.simulation.migration.MigrationManager;
import org.clustercomposer.simulation.network.Routing;
import org.clustercomposer.simulation.policy.MigrationLimits;

/**
 * Holds a policy's moves to the {@link MigrationLimits}: a move that would exceed the limit of its
 * source, its target or a link it crosses waits, first come first started, and starts once a move
 * it shares one of them with has ended. A waiting VM counts as migrating for the policies (so
 * they neither pick it again nor count its load at the source) and its room on the target is held,
 * as for a migration in flight. A waiting move whose VM or process has meanwhile moved, died or lost
 * its host is dropped.
 *
 * <p>Cost: the rule is "when moves end, go through the waiting moves in order: drop the invalid, start
 * those that fit". Going through only some of them gives the same result: a move that did not fit can
 * fit only once a host or link it uses has freed a slot, so the moves waiting on the freed hosts and
 * links are the ones to try (in order, merged), and a freed one that fills up again stops its list. A VM
 * move turns invalid only through a fault, which switches, fails or drains a host
 * ({@link ClusterModel#usabilityChanges}): after one, the next pass goes through every waiting move.
 * A process move can turn invalid when the VM it leaves or goes to moves, so those are always tried.
 */
final class MigrationQueue {

    private final ClusterModel cluster;
    private final ProcessTable processes;
    private final MigrationManager migrations;
    private final Routing routing;
    private final MigrationLimits limits;
    private final String cause;
    private final int[] atHost;
    private final int[] onLink;
    private final int[] waitingAtHost;
    private final boolean[] vmWaiting;
    private final boolean[] processWaiting;
    private final List<Move> running = new ArrayList<>();
    // Every waiting move, in order of arrival.
    private final WaitingList waiting = new WaitingList();
    private final WaitingList[] waitingOnHost;
    private final WaitingList[] waitingOnLink;
    private final WaitingList waitingProcesses = new WaitingList();
    private final List<WaitingList> toSweep = new ArrayList<>();
    private final IntList freedHosts = new IntList();
    private final IntList freedLinks = new IntList();
    private final PriorityQueue<Cursor> merge = new PriorityQueue<>(Comparator.comparingLong(c -> c.head().order));
    private long arrivals;
    private long passes;
    private long usabilityChangesSeen;
    private boolean everyPassFull;
    private int recordsSeen;

    private static final class Move {
        final boolean isVm;
        final int subject;
        final int from;
        final int to;
        final int targetPlace;
        final int[] path;
        long order;
        boolean isWaiting;
        long triedInPass = -1;

        Move(boolean isVm, int subject, int from, int to, int targetPlace, int[] path) {
            this.isVm = isVm;
            this.subject = subject;
            this.from = from;
            this.to = to;
            this.targetPlace = targetPlace;
            this.path = path;
        }
    }

    /**
     * The waiting moves on one host or link (or every waiting process move, or every waiting move), in order of
     * arrival. Moves that stopped waiting are skipped by readers and swept out after the pass once they are most of
     * the list.
     */
    private static final class WaitingList {
        final List<Move> moves = new ArrayList<>();
        int live;
        boolean sweepQueued;

        void add(Move m) {
            moves.add(m);
            live++;
        }

        boolean wantsSweep() {
            return moves.size() > 16 && moves.size() > 2 * live;
        }

        void sweep() {
            moves.removeIf(m -> !m.isWaiting);
        }
    }

    /** A reader of one list in a pass; {@code full} says when its host or link has no slot left. */
    private final class Cursor {
        final WaitingList list;
        final int host;
        final int link;
        int index;

        Cursor(WaitingList list, int host, int link) {
            this.list = list;
            this.host = host;
            this.link = link;
        }

        Move head() {
            return list.moves.get(index);
        }

        // Past the moves no longer waiting or already tried in this pass; false at the end or when full.
        boolean settle() {
            while (index < list.moves.size() && (!head().isWaiting || head().triedInPass == passes)) {
                index++;
            }
            boolean full = host >= 0 ? atHost[host] >= limits.perHost() : link >= 0 && onLink[link] >= limits.perLink();
            return index < list.moves.size() && !full;
        }
    }

    MigrationQueue(ClusterModel cluster, ProcessTable processes, MigrationManager migrations, Routing routing,
                   MigrationLimits limits, String cause) {
        this.cause = cause;
        this.cluster = cluster;
        this.processes = processes;
        this.migrations = migrations;
        this.routing = routing;
        this.limits = limits;
        this.atHost = new int[cluster.hostCount()];
        this.onLink = new int[2 * routing.linkCount()];
        this.waitingAtHost = new int[cluster.hostCount()];
        this.vmWaiting = new boolean[cluster.vmCount()];
        this.processWaiting = new boolean[processes.processCount()];
        this.waitingOnHost = lists(limits.perHost() > 0 ? cluster.hostCount() : 0);
        this.waitingOnLink = lists(limits.perLink() > 0 ? onLink.length : 0);
        this.usabilityChangesSeen = cluster.usabilityChanges();
    }

    private static WaitingList[] lists(int n) {
        WaitingList[] lists = new WaitingList[n];
        for (int i = 0; i < n; i++) {
            lists[i] = new WaitingList();
        }
        return lists;
    }

    /** For a test: go through every waiting move whenever moves end, the rule the index must match. */
    void tryEveryWaitingMove() {
        everyPassFull = true;
    }

    /** Starts or queues a VM move; false when it can never start (no path, VM busy or paused). */
    boolean moveVm(int v, int target, double now) {
        int from = cluster.vmHost(v);
        if (limits.isUnlimited()) {
            return migrations.startVm(v, target, now, cause);
        }
        if (from < 0 || from == target || vmWaiting[v] || cluster.isMigrating(v) || cluster.isPaused(v)) {
            return false;
        }
        Optional<int[]> path = routing.hostPath(from, target);
        if (path.isEmpty()) {
            return false;
        }
        Move move = new Move(true, v, from, target, target, path.get());
        if (fits(move)) {
            return start(move, now);
        }
        cluster.reserve(target, cluster.vmDemand(v), cluster.vmMemory(v), cluster.vcpus(v));
        cluster.setMigrating(v, true);
        vmWaiting[v] = true;
        enqueue(move);
        return true;
    }

    /** Starts or queues an SSI process move to another place of its domain. */
    boolean moveProcess(int process, int targetPlace, double now) {
        if (limits.isUnlimited()) {
            return migrations.startProcess(process, targetPlace, now, cause);
        }
        int from = cluster.hostOfPlace(processes.placeOfProcess(process));
        int to = cluster.hostOfPlace(targetPlace);
        if (from < 0 || to < 0 || !processes.isAlive(process) || processes.isFrozen(process)
                || processWaiting[process]) {
            return false;
        }
        Optional<int[]> path = routing.hostPath(from, to);
        if (path.isEmpty()) {
            return false;
        }
        Move move = new Move(false, process, from, to, targetPlace, path.get());
        if (fits(move)) {
            return start(move, now);
        }
        enqueue(move);
        return true;
    }

    /** Whether a move from or to the host is running or waiting. */
    boolean busy(int host) {
        return migrations.busy(host) || atHost[host] > 0 || waitingAtHost[host] > 0;
    }

    /** Call after each event: frees the slots of moves that ended and starts waiting ones that now fit. */
    void poll(double now) {
        if (limits.isUnlimited() || migrations.records().size() == recordsSeen) {
            return;
        }
        recordsSeen = migrations.records().size();
        freedHosts.clear();
        freedLinks.clear();
        for (int i = running.size() - 1; i >= 0; i--) {
            Move m = running.get(i);
            boolean ended = m.isVm ? !cluster.isMigrating(m.subject) : !processes.isFrozen(m.subject);
            if (ended) {
                running.remove(i);
                count(m, -1);
                freed(m);
            }
        }
        if (!freedHosts.isEmpty() && waiting.live > 0) {
            startWaiting(now);
        }
    }

    private void freed(Move m) {
        freedHosts.add(m.from);
        freedHosts.add(m.to);
        for (int r : m.path) {
            if (r < onLink.length) {
                freedLinks.add(r);
            }
        }
    }

    private void startWaiting(double now) {
        passes++;
        long usabilityChanges = cluster.usabilityChanges();
        if (everyPassFull || usabilityChanges != usabilityChangesSeen) {
            usabilityChangesSeen = usabilityChanges;
            for (Move m : waiting.moves) {
                if (m.isWaiting) {
                    tryWaiting(m, now);
                }
            }
        } else {
            startWaitingOnFreed(now);
        }
        // Sweeping waits for the pass's end: the readers hold positions in the lists.
        for (WaitingList list : toSweep) {
            list.sweep();
            list.sweepQueued = false;
        }
        toSweep.clear();
    }

    // The moves waiting on a freed host or link, and every process move, merged in order of arrival.
    private void startWaitingOnFreed(double now) {
        merge.clear();
        if (waitingOnHost.length > 0) {
            for (int k = 0; k < freedHosts.size(); k++) {
                enter(new Cursor(waitingOnHost[freedHosts.get(k)], freedHosts.get(k), -1));
            }
        }
        if (waitingOnLink.length > 0) {
            for (int k = 0; k < freedLinks.size(); k++) {
                enter(new Cursor(waitingOnLink[freedLinks.get(k)], -1, freedLinks.get(k)));
            }
        }
        enter(new Cursor(waitingProcesses, -1, -1));
        while (!merge.isEmpty()) {
            Cursor c = merge.poll();
            int head = c.index;
            if (!c.settle()) {
                continue; // filled up by a move started since it entered
            }
            if (c.index != head) {
                merge.add(c); // its head stopped waiting since it entered: sort it again by the next one
                continue;
            }
            Move m = c.head();
            c.index++;
            enter(c);
            tryWaiting(m, now);
        }
    }

    private void enter(Cursor c) {
        if (c.settle()) {
            merge.add(c);
        }
    }

    private void tryWaiting(Move m, double now) {
        m.triedInPass = passes;
        if (!stillValid(m)) {
            stopWaiting(m);
            drop(m);
        } else if (fits(m)) {
            stopWaiting(m);
            unhold(m);
            start(m, now);
        }
    }

    private void stopWaiting(Move m) {
        m.isWaiting = false;
        waitingAtHost[m.from]--;
        waitingAtHost[m.to]--;
        stoppedWaitingIn(waiting);
        forEachList(m, this::stoppedWaitingIn);
        if (!m.isVm) {
            processWaiting[m.subject] = false;
        }
    }

    private void stoppedWaitingIn(WaitingList list) {
        list.live--;
        if (list.wantsSweep() && !list.sweepQueued) {
            list.sweepQueued = true;
            toSweep.add(list);
        }
    }

    private void enqueue(Move m) {
        m.order = arrivals++;
        m.isWaiting = true;
        waiting.add(m);
        waitingAtHost[m.from]++;
        waitingAtHost[m.to]++;
        forEachList(m, list -> list.add(m));
        if (!m.isVm) {
            processWaiting[m.subject] = true;
        }
    }

    private void forEachList(Move m, Consumer<WaitingList> action) {
        if (waitingOnHost.length > 0) {
            action.accept(waitingOnHost[m.from]);
            action.accept(waitingOnHost[m.to]);
        }
        if (waitingOnLink.length > 0) {
            for (int r : m.path) {
                if (r < onLink.length) {
                    action.accept(waitingOnLink[r]);
                }
            }
        }
        if (!m.isVm) {
            action.accept(waitingProcesses);
        }
    }

    private boolean stillValid(Move m) {
        if (!cluster.isUsable(m.from) || !cluster.isUsable(m.to)) {
            return false;
        }
        if (m.isVm) {
            // A fault clears the migrating flag of the VMs it takes down with their host.
            return cluster.vmHost(m.subject) == m.from && cluster.isMigrating(m.subject) && !cluster.isPaused(m.subject);
        }
        return processes.isAlive(m.subject) && !processes.isFrozen(m.subject)
                && cluster.hostOfPlace(processes.placeOfProcess(m.subject)) == m.from
                && cluster.hostOfPlace(m.targetPlace) == m.to;
    }

    private void unhold(Move m) {
        if (m.isVm) {
            cluster.release(m.to, cluster.vmDemand(m.subject), cluster.vmMemory(m.subject), cluster.vcpus(m.subject));
            cluster.setMigrating(m.subject, false);
            vmWaiting[m.subject] = false;
        }
    }

    private void drop(Move m) {
        if (m.isVm) {
            boolean flagOurs = cluster.isMigrating(m.subject) && vmWaiting[m.subject];
            cluster.release(m.to, cluster.vmDemand(m.subject), cluster.vmMemory(m.subject), cluster.vcpus(m.subject));
            if (flagOurs) {
                cluster.setMigrating(m.subject, false);
            }
            vmWaiting[m.subject] = false;
        }
    }

    private boolean start(Move m, double now) {
        boolean started = m.isVm ? migrations.startVm(m.subject, m.to, now, cause)
                : migrations.startProcess(m.subject, m.targetPlace, now, cause);
        if (started) {
            running.add(m);
            count(m, +1);
        }
        return started;
    }

    private boolean fits(Move m) {
        if (limits.perHost() > 0 && (atHost[m.from] >= limits.perHost() || atHost[m.to] >= limits.perHost())) {
            return false;
        }
        if (limits.perLink() > 0) {
            for (int r : m.path) {
                if (r < onLink.length && onLink[r] >= limits.perLink()) {
                    return false;
                }
            }
        }
        return true;
    }

    private void count(Move m, int delta) {
        atHost[m.from] += delta;
        atHost[m.to] += delta;
        for (int r : m.path) {
            if (r < onLink.length) {
                onLink[r] += delta;
            }
        }
    }

    /** Moves still waiting (for a summary or a test). */
    int waitingCount() {
        return waiting.live;
    }
}
