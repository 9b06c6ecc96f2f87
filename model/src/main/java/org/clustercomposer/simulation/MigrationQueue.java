package org.clustercomposer.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clustercomposer.simulation.cluster.ClusterModel;
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
 * its host is dropped. Cost: a move that ends re-scans the waiting list once.
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
    private final List<Move> waiting = new ArrayList<>();
    private int recordsSeen;

    private record Move(boolean isVm, int subject, int from, int to, int targetPlace, int[] path) {
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
        boolean freed = false;
        for (int i = running.size() - 1; i >= 0; i--) {
            Move m = running.get(i);
            boolean ended = m.isVm ? !cluster.isMigrating(m.subject) : !processes.isFrozen(m.subject);
            if (ended) {
                running.remove(i);
                count(m, -1);
                freed = true;
            }
        }
        if (freed && !waiting.isEmpty()) {
            startWaiting(now);
        }
    }

    // In place: the moves that still wait keep their order, and no list is built per ended move.
    private void startWaiting(double now) {
        int kept = 0;
        for (int i = 0; i < waiting.size(); i++) {
            Move m = waiting.get(i);
            if (!stillValid(m)) {
                stopWaiting(m);
                drop(m);
            } else if (fits(m)) {
                stopWaiting(m);
                unhold(m);
                start(m, now);
            } else {
                waiting.set(kept++, m);
            }
        }
        waiting.subList(kept, waiting.size()).clear();
    }

    private void stopWaiting(Move m) {
        waitingAtHost[m.from]--;
        waitingAtHost[m.to]--;
        if (!m.isVm) {
            processWaiting[m.subject] = false;
        }
    }

    private void enqueue(Move m) {
        waiting.add(m);
        waitingAtHost[m.from]++;
        waitingAtHost[m.to]++;
        if (!m.isVm) {
            processWaiting[m.subject] = true;
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
        return waiting.size();
    }
}
