package org.clustercomposer.simulation.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.TransferSettings;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.IntList;
import org.clustercomposer.simulation.cluster.ProcessTable;
import org.clustercomposer.simulation.event.EventQueue;
import org.clustercomposer.simulation.event.MigrationWaitOver;
import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.Routing;
import org.clustercomposer.simulation.output.SlaViolation;
import org.clustercomposer.simulation.output.SlaViolation.Cause;

/**
 * Runs migrations as flows on the {@link FlowNetwork}. A VM migration is QEMU pre-copy on its source host's
 * hypervisor settings, the physics {@code migration-cost} computes ({@link PreCopyStream}): the local disk first when
 * storage is not shared, then stretches from one dirty-log sync to the next, each one flow planned at the share it
 * gets when it starts; a stretch that ran slower because others shared its links leaves more dirty pages. When QEMU
 * stops the guest, the paused copy goes uncapped at the stop-copy rate and the VM resumes on the target after the
 * switchover; with post-copy the guest moves after the switchover and the rest follows it. An SSI process migration
 * freezes the process, sends its memory, and thaws it on the target.
 */
public final class MigrationManager {

    /** VM streams are TCP over Ethernet, as {@code migration-cost} counts them. */
    private static final double STREAM_EFFICIENCY = TransferSettings.TCP_OVER_ETHERNET;
    /**
     * How much more a long stretch's flow could get before it is cut and planned at the new share: a 1 s stretch
     * follows its share to the last byte from the next second, a long one to within this.
     */
    static final double SHARE_RISE_TOLERANCE = 0.01;

    private final ClusterModel cluster;
    private final ProcessTable processes;
    private final FlowNetwork network;
    private final Routing routing;
    private final SourceHypervisors hypervisors;
    private final TransferSettings processTransfer;
    private final boolean sharedStorage;
    private final EventQueue queue;
    private final Map<Integer, Migration> byFlow = new LinkedHashMap<>();
    private final Map<Integer, Migration> active = new LinkedHashMap<>();
    private final List<MigrationRecord> records = new ArrayList<>();
    private final List<SlaViolation> violations = new ArrayList<>();
    private final List<Migration> undecided = new ArrayList<>();
    // The long stretches in flight, found by what may cut them (see cutChangedStretches).
    private final LongStretches longStretches;
    // Reused: the check runs after every event.
    private final IntList changedFlows = new IntList();
    private final IntList changedResources = new IntList();
    private final List<Migration> concerned = new ArrayList<>();
    private final List<Migration> cutNow = new ArrayList<>();
    private long checkedVersion = -1;
    // The network's rates as they were when the long stretches were last looked at (FlowNetwork.solveMark).
    private long checkedRates = -1;
    private int nextId;
    private final int[] activeAt;
    private int[] finishedIds = new int[64];
    private double[] finishedBytes = new double[64];

    /**
     * @param hypervisors     the QEMU model of each source host's live migrations
     * @param processTransfer how SSI process migrations move their bytes (protocol efficiency, cap)
     */
    public MigrationManager(ClusterModel cluster, ProcessTable processes, FlowNetwork network, Routing routing,
                            SourceHypervisors hypervisors, TransferSettings processTransfer, boolean sharedStorage,
                            EventQueue queue) {
        this.cluster = cluster;
        this.processes = processes;
        this.network = network;
        this.routing = routing;
        this.hypervisors = hypervisors;
        this.processTransfer = processTransfer;
        this.sharedStorage = sharedStorage;
        this.queue = queue;
        this.activeAt = new int[cluster.hostCount()];
        this.longStretches = new LongStretches(network.resourceCount());
    }

    /** Where a migration is; each stage ends with a flow or a {@link MigrationWaitOver}. */
    private enum Stage {
        /** SSI process: frozen while its memory moves. */
        PROCESS,
        /** The local disk, copied first when storage is not shared. */
        DISK,
        /** Live pre-copy: one stretch. */
        PRECOPY,
        /** The guest is paused: the final copy. */
        STOP_COPY,
        /** The guest is paused: switchover and zero-page scan before it runs on the target. */
        RESUME,
        /** Post-copy: the guest is paused while it switches to the target. */
        SWITCH,
        /** Post-copy: the guest runs on the target while the rest follows it. */
        POSTCOPY
    }

    static final class Migration {
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
        final double efficiency;
        final String cause;
        Stage stage;
        int flow = -1;
        double stageStart;
        double delivered; // payload bytes its flows have carried
        double disk;
        PreCopyStream stream;
        double runStart;
        // The long stretch in flight (PreCopyStream.isLong): its flow, wire rate, share when planned, and the most
        // its flow could get just after (its rate plus the least spare capacity on its path).
        int longFlow = -1;
        double plannedRate;
        double plannedShare;
        double headroom = Double.NaN;
        boolean aborted;
        // Whether it is among the long stretches, its place in the order they were planned (see LongStretches), and a
        // scan's mark.
        boolean listed;
        int place;
        int seenInScan;
        PreCopyStream.Ending ending;
        boolean onTarget;
        double pauseStart = -1;
        double pauseEnd = -1;

        Migration(int id, boolean isVm, int subject, int from, int to, int targetPlace, double start, int[] path,
                  double reservedCores, double reservedBytes, double efficiency, String cause) {
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
            this.efficiency = efficiency;
            this.cause = cause;
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
                cluster.vmMemory(v), STREAM_EFFICIENCY, cause);
        cluster.reserve(target, m.reservedCores, m.reservedBytes, cluster.vcpus(v));
        cluster.setMigrating(v, true);
        begin(m);
        m.disk = sharedStorage ? 0 : cluster.vmDisk(v);
        if (m.disk > 0) {
            m.stage = Stage.DISK;
            transfer(m, m.disk, 0, now); // as migration-cost's disk copy: at the path's rate, uncapped
        } else {
            startPreCopy(m, now);
        }
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
        Migration m = new Migration(nextId++, false, process, from, to, targetPlace, now, path.get(), 0, 0,
                processTransfer.protocolEfficiency(), cause);
        begin(m);
        m.stage = Stage.PROCESS;
        m.pauseStart = now;
        double payload = processes.memoryOf(process);
        m.stageStart = now;
        m.flow = network.start(m.path, payload / m.efficiency, processTransfer.bandwidthCap() / m.efficiency);
        byFlow.put(m.flow, m);
        return true;
    }

    private void begin(Migration m) {
        active.put(m.id, m);
        activeAt[m.from]++;
        activeAt[m.to]++;
    }

    private void startPreCopy(Migration m, double now) {
        int v = m.subject;
        MigrationRequest request = new MigrationRequest(cluster.vmMemory(v), cluster.dirtyRate(v),
                cluster.writableWorkingSet(v), lineRate(m.path), MigrationRequest.DEFAULT_DOWNTIME_LIMIT,
                MigrationRequest.DEFAULT_MAX_ROUNDS, 0, true, cluster.vmNonZeroMemory(v));
        m.stream = new PreCopyStream(hypervisors.model(m.from), request);
        m.runStart = now;
        m.stage = Stage.PRECOPY;
        nextStretch(m, now);
    }

    // The slowest line rate on the path: what migration-cost calls the move's bandwidth.
    private double lineRate(int[] path) {
        double rate = Double.POSITIVE_INFINITY;
        for (int r : path) {
            rate = Math.min(rate, network.capacity(r));
        }
        return rate;
    }

    /** QEMU's checks on the run; then a stretch whose size {@link #planStretches()} settles, or the end. */
    private void nextStretch(Migration m, double now) {
        PreCopyStream.Next next = m.stream.next(cluster.dirtyRate(m.subject));
        if (next == PreCopyStream.Next.SEND) {
            startStretch(m, now);
        } else {
            end(m, next, now);
        }
    }

    private void startStretch(Migration m, double now) {
        m.stageStart = now;
        double rate = m.stream.streamRate() / m.efficiency;
        m.flow = network.start(m.path, rate, rate); // resized once its share is known
        byFlow.put(m.flow, m);
        undecided.add(m);
    }

    // The live phase is over: the paused copy, or post-copy's switch.
    private void end(Migration m, PreCopyStream.Next next, double now) {
        m.ending = m.stream.ending(next);
        double owed = m.stream.owed(now - m.runStart); // a dirty-log sync just taken
        m.pauseStart = now + owed;
        cluster.setPaused(m.subject, true);
        if (next == PreCopyStream.Next.POSTCOPY) {
            m.stage = Stage.SWITCH;
            wait(m, now + owed + m.ending.pauseSeconds());
        } else {
            m.stage = Stage.STOP_COPY;
            transfer(m, m.ending.payload(), owed + m.ending.payload() / m.ending.rate(), now);
        }
    }

    /**
     * Plans the pre-copy stretches started at this instant, with the share each flow gets once every transfer
     * starting now shares the network: first every share, then every plan (a plan lowers its flow's cap to its
     * planned rate); then cuts the long stretches whose flow's rate changed, and plans what follows them. Call after
     * each event.
     */
    public void planStretches(double now) {
        do {
            if (!undecided.isEmpty()) {
                planUndecided();
            }
        } while (cutChangedStretches(now)); // seen once every flow starting now has its plan; a cut one is planned
        for (Migration m : longStretches.takePlanned()) {
            if (Double.isNaN(m.headroom) && m.flow == m.longFlow) {
                m.headroom = headroom(m);
                longStretches.indexPath(m);
            }
        }
        checkedVersion = network.version();
        checkedRates = network.solveMark();
    }

    /**
     * A long stretch is planned for one share; it is cut when its flow gets less than its planned rate (the rest
     * would be a long replay at one achieved/planned ratio), or when the flow could get more than
     * {@link #SHARE_RISE_TOLERANCE} above what it could just after planning (a 1 s stretch would take it from the next
     * second). The network's rates change only when its version does, so nothing is looked at otherwise; then only
     * the stretches whose flow's rate or (once it has a headroom) whose path's loads moved since the last look (a
     * stretch planned since counts: its flow is newer): with thousands in flight only a few move at an event. A
     * guest's write rate is fixed for the run (the cluster model reads it once), so it never cuts. A cut stream starts
     * again from 1 s stretches, so cuts stay rarer than those.
     */
    private boolean cutChangedStretches(double now) {
        if (longStretches.isEmpty()) {
            return false;
        }
        longStretches.dropLeft();
        if (network.version() == checkedVersion) {
            return false;
        }
        changedFlows.clear();
        changedResources.clear();
        network.changesSince(checkedRates, changedFlows, changedResources);
        concerned.clear();
        longStretches.concernedBy(changedFlows, byFlow, changedResources, concerned);
        List<Migration> cut = cutNow;
        cut.clear();
        for (Migration m : concerned) {
            if (rateChanged(m)) {
                cut.add(m);
            }
        }
        if (cut.isEmpty()) {
            return false;
        }
        for (Migration m : longStretches.cutOrder(cut)) {
            byFlow.remove(m.flow);
            m.delivered += network.cancel(m.flow) * m.efficiency;
            m.flow = -1;
            m.stream.cut(now - m.runStart);
            nextStretch(m, now);
        }
        return true;
    }

    private boolean rateChanged(Migration m) {
        double rate = network.rate(m.flow);
        if (rate < m.plannedRate * (1 - 1e-9)) {
            return true;
        }
        boolean shareLimited = m.plannedShare < m.stream.streamRate() / m.efficiency * (1 - 1e-9);
        return shareLimited && !Double.isNaN(m.headroom) && headroom(m) > m.headroom * (1 + SHARE_RISE_TOLERANCE);
    }

    // What the flow could get at least if it asked for more: its rate plus the least spare capacity on its path.
    private double headroom(Migration m) {
        double spare = Double.POSITIVE_INFINITY;
        for (int r : m.path) {
            spare = Math.min(spare, Math.max(0, network.capacity(r) - network.load(r)));
        }
        return network.rate(m.flow) + (m.path.length == 0 ? 0 : spare);
    }

    private void planUndecided() {
        double[] shares = new double[undecided.size()];
        for (int i = 0; i < shares.length; i++) {
            Migration m = undecided.get(i);
            shares[i] = byFlow.get(m.flow) == m ? network.rate(m.flow) * m.efficiency : -1; // -1: aborted meanwhile
        }
        for (int i = 0; i < shares.length; i++) {
            Migration m = undecided.get(i);
            if (shares[i] < 0) {
                continue;
            }
            m.stream.plan(shares[i], m.stageStart - m.runStart);
            double bytes = m.stream.plannedBytes();
            double seconds = m.stream.plannedSeconds();
            if (bytes > 0) {
                network.resize(m.flow, bytes / m.efficiency, bytes / seconds / m.efficiency);
                if (m.stream.isLong()) {
                    m.longFlow = m.flow;
                    m.plannedRate = bytes / seconds / m.efficiency;
                    m.plannedShare = shares[i] / m.efficiency;
                    m.headroom = Double.NaN; // once every plan of this instant is in
                    longStretches.add(m);
                }
            } else {
                byFlow.remove(m.flow);
                network.cancel(m.flow);
                longStretches.leave(m); // when its stretch just before was long
                m.flow = -1;
                wait(m, m.stageStart + seconds);
            }
        }
        undecided.clear();
    }

    // Payload bytes in `seconds` (0 = as fast as the path goes): one flow, or a wait when there are no bytes.
    private void transfer(Migration m, double payload, double seconds, double now) {
        m.stageStart = now;
        if (payload <= 0) {
            wait(m, now + seconds);
            return;
        }
        double cap = seconds > 0 ? payload / seconds / m.efficiency : Double.POSITIVE_INFINITY;
        m.flow = network.start(m.path, payload / m.efficiency, cap);
        byFlow.put(m.flow, m);
    }

    private void wait(Migration m, double until) {
        m.flow = -1;
        queue.schedule(until, new MigrationWaitOver(m.id));
    }

    /** Handles the flows finished by {@code now} (the network must have been advanced to now). */
    public void onFlowsFinished(double now) {
        int n;
        while ((n = network.drainCompleted(finishedIds, finishedBytes)) > 0) {
            for (int i = 0; i < n; i++) {
                Migration m = byFlow.remove(finishedIds[i]);
                if (m != null) {
                    longStretches.leave(m);
                    m.flow = -1;
                    m.delivered += finishedBytes[i] * m.efficiency;
                    stageDone(m, now);
                }
            }
            if (n < finishedIds.length) {
                break;
            }
            finishedIds = new int[finishedIds.length * 2];
            finishedBytes = new double[finishedBytes.length * 2];
        }
    }

    /** A migration's wait has ended (nothing happens if it was aborted meanwhile). */
    public void onWaitOver(int migrationId, double now) {
        Migration m = active.get(migrationId);
        if (m != null && m.flow < 0) {
            stageDone(m, now);
        }
    }

    private void stageDone(Migration m, double now) {
        switch (m.stage) {
            case PROCESS -> {
                processes.thawAt(m.subject, m.targetPlace);
                m.pauseEnd = now;
                record(m, now, m.delivered, 1, "completed");
            }
            case DISK -> startPreCopy(m, now);
            case PRECOPY -> {
                PreCopyStream.Next next = m.stream.replay(now - m.stageStart);
                if (next == PreCopyStream.Next.SEND) {
                    nextStretch(m, now);
                } else {
                    end(m, next, now);
                }
            }
            case STOP_COPY -> {
                m.stage = Stage.RESUME;
                wait(m, now + m.ending.pauseSeconds());
            }
            case RESUME -> {
                moveToTarget(m, now);
                finish(m, now);
            }
            case SWITCH -> {
                moveToTarget(m, now);
                m.stage = Stage.POSTCOPY;
                transfer(m, m.ending.payload(), m.ending.tailSeconds(), now);
            }
            case POSTCOPY -> finish(m, now);
        }
    }

    // The VM runs on the target from now on.
    private void moveToTarget(Migration m, double now) {
        cluster.release(m.to, m.reservedCores, m.reservedBytes, cluster.vcpus(m.subject));
        cluster.removeVm(m.subject);
        cluster.placeVm(m.subject, m.to);
        cluster.setPaused(m.subject, false);
        m.onTarget = true;
        m.pauseEnd = now;
    }

    private void finish(Migration m, double now) {
        cluster.setMigrating(m.subject, false);
        record(m, now, m.disk + m.ending.bytesSent(), m.ending.rounds(), "completed");
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
        List<Migration> hit = active.values().stream().filter(which).toList();
        for (Migration m : hit) {
            m.aborted = true;
            longStretches.leave(m);
            if (m.flow >= 0 && byFlow.remove(m.flow) != null) {
                m.delivered += network.cancel(m.flow) * m.efficiency;
            }
            if (m.pauseStart >= 0 && m.pauseEnd < 0) {
                m.pauseEnd = Math.max(m.pauseStart, now);
            }
            if (!m.isVm) {
                processes.thawAt(m.subject, processes.placeOfProcess(m.subject));
            } else {
                if (!m.onTarget) {
                    cluster.release(m.to, m.reservedCores, m.reservedBytes, cluster.vcpus(m.subject));
                    cluster.setPaused(m.subject, false);
                }
                cluster.setMigrating(m.subject, false);
            }
            record(m, now, m.delivered, m.stream == null ? 1 : m.stream.syncs(), "aborted");
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

    private void record(Migration m, double now, double bytes, int rounds, String outcome) {
        active.remove(m.id);
        activeAt[m.from]--;
        activeAt[m.to]--;
        String subject = m.isVm ? cluster.vmId(m.subject) : processes.processName(m.subject);
        double downtime = m.pauseStart >= 0 ? Math.max(0, m.pauseEnd - m.pauseStart) : 0;
        records.add(new MigrationRecord(m.id, m.isVm ? "vm" : "process", subject, cluster.hostId(m.from),
                cluster.hostId(m.to), m.start, now, downtime, bytes, rounds, outcome, m.cause));
        if (downtime > 0) {
            double demand = m.isVm ? cluster.vmDemand(m.subject) : processes.demandOf(m.subject);
            violations.add(new SlaViolation(m.pauseStart, m.pauseEnd, subject,
                    m.isVm ? Cause.MIGRATION_DOWNTIME : Cause.PROCESS_FREEZE, demand * downtime));
        }
    }

    /** Whether any migration into or out of a host is still running. */
    public boolean busy(int host) {
        return activeAt[host] > 0;
    }

    public int inFlight() {
        return active.size();
    }

    /** Work not served while subjects were paused or frozen by a migration. */
    public List<SlaViolation> violations() {
        return Collections.unmodifiableList(violations);
    }

    public List<MigrationRecord> records() {
        return Collections.unmodifiableList(records);
    }
}
