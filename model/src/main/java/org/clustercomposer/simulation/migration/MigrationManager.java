package org.clustercomposer.simulation.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;
import org.clustercomposer.simulation.event.EventQueue;
import org.clustercomposer.simulation.event.MigrationResumed;
import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.Routing;
import org.clustercomposer.simulation.output.SlaViolation;
import org.clustercomposer.simulation.output.SlaViolation.Cause;

/**
 * Runs migrations as flows on the {@link FlowNetwork}. A VM migration is pre-copy: round 0 sends
 * the memory (and the disk without shared storage); each next round sends what was dirtied while
 * the previous one ran, so a round that got less bandwidth (because other migrations share its
 * links) takes longer and leaves more to send. Stop-and-copy pauses the VM; it resumes on the
 * target after the switchover pause. An SSI process migration freezes the process, sends its memory,
 * and thaws it on the target.
 */
public final class MigrationManager {

    private final ClusterModel cluster;
    private final ProcessTable processes;
    private final FlowNetwork network;
    private final Routing routing;
    private final MigrationParameters parameters;
    private final boolean sharedStorage;
    private final EventQueue queue;
    private final Map<Integer, Migration> byFlow = new LinkedHashMap<>();
    private final Map<Integer, Migration> resuming = new LinkedHashMap<>();
    private final List<MigrationRecord> records = new ArrayList<>();
    private final List<SlaViolation> violations = new ArrayList<>();
    private final List<Migration> undecided = new ArrayList<>();
    private int nextId;
    private final int[] activeAt;
    private int[] finishedIds = new int[64];
    private double[] finishedBytes = new double[64];

    public MigrationManager(ClusterModel cluster, ProcessTable processes, FlowNetwork network, Routing routing,
                            MigrationParameters parameters, boolean sharedStorage, EventQueue queue) {
        this.cluster = cluster;
        this.processes = processes;
        this.network = network;
        this.routing = routing;
        this.parameters = parameters;
        this.sharedStorage = sharedStorage;
        this.queue = queue;
        this.activeAt = new int[cluster.hostCount()];
    }

    private static final class Migration {
        final int id;
        final boolean isVm;
        final int subject;
        final int from;
        final int to;
        final int targetPlace;
        final double start;
        final int[] path;
        final double reservedCores;
        final double reservedBytes;
        int flow;
        int round;
        double roundStart;
        double toSend;
        double bytes;
        double stopCopyStart = -1;
        String cause;

        Migration(int id, boolean isVm, int subject, int from, int to, int targetPlace, double start, int[] path,
                  double reservedCores, double reservedBytes) {
            this.id = id;
            this.isVm = isVm;
            this.subject = subject;
            this.from = from;
            this.to = to;
            this.targetPlace = targetPlace;
            this.start = start;
            this.path = path;
            this.reservedCores = reservedCores;
            this.reservedBytes = reservedBytes;
        }
    }

    /**
     * Starts moving a running VM to another host; false when no network path joins them. The cause
     * (a policy's name or {@link MigrationRecord#MAINTENANCE}) goes into its record.
     */
    public boolean startVm(int v, int target, double now, String cause) {
        int from = cluster.vmHost(v);
        if (from < 0 || from == target || cluster.isMigrating(v) || cluster.isPaused(v)) {
            return false;
        }
        Optional<int[]> path = routing.hostPath(from, target);
        if (path.isEmpty()) {
            return false;
        }
        network.advance(now);
        Migration m = new Migration(nextId++, true, v, from, target, target, now, path.get(), cluster.vmDemand(v),
                cluster.vmMemory(v));
        m.cause = cause;
        cluster.reserve(target, m.reservedCores, m.reservedBytes, cluster.vcpus(v));
        cluster.setMigrating(v, true);
        m.round = 1;
        m.toSend = cluster.vmFirstPassBytes(v) + (sharedStorage ? 0 : cluster.vmDisk(v));
        startRound(m, now);
        activeAt[from]++;
        activeAt[target]++;
        return true;
    }

    /** Starts moving an SSI process to another place (host or VM) of its domain. */
    public boolean startProcess(int process, int targetPlace, double now, String cause) {
        int from = cluster.hostOfPlace(processes.placeOfProcess(process));
        int to = cluster.hostOfPlace(targetPlace);
        if (from < 0 || to < 0 || !processes.isAlive(process) || processes.isFrozen(process)) {
            return false;
        }
        Optional<int[]> path = routing.hostPath(from, to);
        if (path.isEmpty()) {
            return false;
        }
        network.advance(now);
        processes.freeze(process);
        Migration m = new Migration(nextId++, false, process, from, to, targetPlace, now, path.get(), 0, 0);
        m.cause = cause;
        m.round = 1;
        m.roundStart = now;
        m.stopCopyStart = now;
        m.toSend = processes.memoryOf(process);
        m.flow = network.start(m.path, wire(m.toSend), wire(parameters.transfer().bandwidthCap()));
        byFlow.put(m.flow, m);
        activeAt[from]++;
        activeAt[to]++;
        return true;
    }

    /** Handles the flows finished by {@code now} (the network must have been advanced to now). */
    public void onFlowsFinished(double now) {
        int n;
        while ((n = network.drainCompleted(finishedIds, finishedBytes)) > 0) {
            for (int i = 0; i < n; i++) {
                Migration m = byFlow.remove(finishedIds[i]);
                if (m != null) {
                    m.bytes += finishedBytes[i] * parameters.transfer().protocolEfficiency();
                    roundDone(m, now);
                }
            }
            if (n < finishedIds.length) {
                break;
            }
            finishedIds = new int[finishedIds.length * 2];
            finishedBytes = new double[finishedBytes.length * 2];
        }
    }

    // Payload bytes and rates become wire bytes and rates through the protocol efficiency.
    private double wire(double payload) {
        return payload / parameters.transfer().protocolEfficiency();
    }

    /** Sends the next round; {@link #decideRounds()} settles whether it is the stop-and-copy. */
    private void startRound(Migration m, double now) {
        m.roundStart = now;
        m.flow = network.start(m.path, wire(m.toSend), wire(parameters.transfer().bandwidthCap()));
        byFlow.put(m.flow, m);
        undecided.add(m);
    }

    /**
     * Decides, as the analytical model does before each round, which rounds started at this instant
     * are the stop-and-copy: with the rate each flow gets once every transfer starting now shares
     * the network, does what is left fit in the downtime limit, is the round limit reached, would
     * the next round be no smaller, or has too much been sent? Call after each event.
     */
    public void decideRounds() {
        for (Migration m : undecided) {
            if (byFlow.get(m.flow) != m) {
                continue; // aborted meanwhile
            }
            double payloadRate = network.rate(m.flow) * parameters.transfer().protocolEfficiency();
            double memory = cluster.vmMemory(m.subject);
            double next = Math.min(cluster.dirtyRate(m.subject) * m.toSend / payloadRate, hotSet(m.subject));
            boolean last = payloadRate <= 0 || parameters.fitsDowntime(m.toSend, payloadRate)
                    || m.round >= parameters.maxRounds() || next >= m.toSend
                    || m.bytes + m.toSend > parameters.maxSentFactor() * memory;
            if (last) {
                m.stopCopyStart = m.roundStart;
                cluster.setPaused(m.subject, true);
            }
        }
        undecided.clear();
    }

    private double hotSet(int v) {
        double wws = cluster.writableWorkingSet(v);
        return wws > 0 ? Math.min(wws, cluster.vmMemory(v)) : cluster.vmMemory(v);
    }

    private void roundDone(Migration m, double now) {
        if (!m.isVm) {
            processes.thawAt(m.subject, m.targetPlace);
            record(m, now, now - m.stopCopyStart, "completed");
            return;
        }
        if (m.stopCopyStart >= 0) {
            resuming.put(m.id, m);
            queue.schedule(now + parameters.transfer().switchoverSeconds(), new MigrationResumed(m.id));
            return;
        }
        // What was written while this round ran, bounded by the hot set, goes in the next one.
        m.toSend = Math.min(cluster.dirtyRate(m.subject) * (now - m.roundStart), hotSet(m.subject));
        m.round++;
        startRound(m, now);
    }

    /** The VM has resumed on the target: move it there for good. */
    public void onResumed(int migrationId, double now) {
        Migration m = resuming.remove(migrationId);
        if (m == null) {
            return; // aborted meanwhile
        }
        cluster.release(m.to, m.reservedCores, m.reservedBytes, m.isVm ? cluster.vcpus(m.subject) : 0);
        cluster.removeVm(m.subject);
        cluster.placeVm(m.subject, m.to);
        cluster.setPaused(m.subject, false);
        cluster.setMigrating(m.subject, false);
        record(m, now, now - m.stopCopyStart, "completed");
    }

    /** Aborts migrations from or to a host that failed; the subject stays (or dies) at its source. */
    public void abortTouchingHost(int host, double now) {
        abortIf(m -> m.from == host || m.to == host, now);
    }

    /** Aborts migrations whose flow crosses a network resource that went down. */
    public void abortCrossing(int resource, double now) {
        abortIf(m -> contains(m.path, resource), now);
    }

    private void abortIf(Predicate<Migration> which, double now) {
        network.advance(now);
        List<Migration> hit = new ArrayList<>();
        byFlow.values().stream().filter(which).forEach(hit::add);
        resuming.values().stream().filter(which).forEach(hit::add);
        for (Migration m : hit) {
            if (byFlow.remove(m.flow) != null) {
                m.bytes += network.cancel(m.flow) * parameters.transfer().protocolEfficiency();
            }
            resuming.remove(m.id);
            if (m.isVm) {
                cluster.release(m.to, m.reservedCores, m.reservedBytes, m.isVm ? cluster.vcpus(m.subject) : 0);
                cluster.setMigrating(m.subject, false);
                cluster.setPaused(m.subject, false);
            } else {
                processes.thawAt(m.subject, processes.placeOfProcess(m.subject));
            }
            record(m, now, m.stopCopyStart >= 0 ? now - m.stopCopyStart : 0, "aborted");
        }
    }

    private static boolean contains(int[] path, int resource) {
        for (int r : path) {
            if (r == resource) {
                return true;
            }
        }
        return false;
    }

    private void record(Migration m, double now, double downtime, String outcome) {
        activeAt[m.from]--;
        activeAt[m.to]--;
        String subject = m.isVm ? cluster.vmId(m.subject) : processes.processName(m.subject);
        records.add(new MigrationRecord(m.id, m.isVm ? "vm" : "process", subject, cluster.hostId(m.from),
                cluster.hostId(m.to), m.start, now, downtime, m.bytes, m.round, outcome, m.cause));
        if (downtime > 0) {
            double demand = m.isVm ? cluster.vmDemand(m.subject) : processes.demandOf(m.subject);
            violations.add(new SlaViolation(now - downtime, now, subject,
                    m.isVm ? Cause.MIGRATION_DOWNTIME : Cause.PROCESS_FREEZE, demand * downtime));
        }
    }

    /** Whether any migration into or out of a host is still running. */
    public boolean busy(int host) {
        return activeAt[host] > 0;
    }

    public int inFlight() {
        return byFlow.size() + resuming.size();
    }

    /** Work not served while subjects were paused or frozen by a migration. */
    public List<SlaViolation> violations() {
        return Collections.unmodifiableList(violations);
    }

    public List<MigrationRecord> records() {
        return Collections.unmodifiableList(records);
    }
}
