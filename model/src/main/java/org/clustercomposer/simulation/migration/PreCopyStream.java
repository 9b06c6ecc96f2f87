package org.clustercomposer.simulation.migration;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.QemuPreCopyModel;
import org.clustercomposer.analysis.migration.QemuPreCopyRun;

/**
 * One VM's QEMU pre-copy as the event engine runs it: the {@link QemuPreCopyRun} that {@code migration-cost} steps at
 * one rate, advanced here a stretch at a time. A stretch runs from one dirty-log sync to the next. It is planned on a
 * copy of the run at the share the migration's flow gets when it starts, its bytes go as one flow capped at the
 * planned rate, and when that flow ends the stretch is replayed on the run with each step lengthened by how much
 * slower the flow really was (others started on its links): the same bytes, more dirty pages. A lone migration gets
 * its planned rate, so it replays exactly what {@code migration-cost} computes.
 *
 * <p>Each stretch costs about twice the 5 ms steps it spans (planned, then replayed) and one flow: one or two events,
 * never one per step. Once the first pass is over a stretch grows with the time the stream has run steady (a guest
 * that never converges reaches QEMU's give-up in a few dozen stretches, not one a second); such a long stretch is
 * {@link #cut} when its flow's share changes, so it is never replayed at one achieved/planned ratio.
 */
final class PreCopyStream {

    /** What the run does next, decided at the start of a stretch by QEMU's loop. */
    enum Next {
        /** Keep sending live: plan a stretch. */
        SEND,
        /** Converged: stop the guest for the final copy. */
        STOP,
        /** Not converged after {@code QemuPreCopyModel}'s give-up time: the final copy is forced. */
        FORCED_STOP,
        /** The guest runs on the destination; the rest follows it. */
        POSTCOPY
    }

    /**
     * How a migration ends after the live phase.
     *
     * @param payload      bytes of the closing transfer (the paused copy, or what follows a post-copy switch)
     * @param rate         bytes/s it moves at alone
     * @param pauseSeconds the pause besides that transfer (switchover, zero-page scan); for post-copy, the whole pause
     * @param tailSeconds  post-copy only: the time the transfer takes alone (pages and zero-page scan)
     * @param bytesSent    the bytes the migration sent in all, counted as {@code migration-cost} counts them
     * @param rounds       dirty-log syncs (and the paused copy), as {@code migration-cost} counts them
     */
    record Ending(Next how, double payload, double rate, double pauseSeconds, double tailSeconds, double bytesSent,
                  int rounds) {
    }

    /**
     * The shortest stretch that may end at a sync: shorter rounds go on in the same stretch, so a migration costs a
     * few events a second of its run at most, whatever its rounds (issue 13: tens of thousands of migrations a day).
     */
    static final double MIN_STRETCH_SECONDS = 1.0;
    /**
     * A steady stream's stretch is this fraction of the time it has been steady and not cut: a plan a cut throws away
     * is at most that fraction of what ran, and a lone stream that never converges still needs only a few dozen.
     */
    static final double STRETCH_GROWTH = 0.25;
    /**
     * The relative rounding a replay allows its bytes: far above a sum's rounding over a stretch's steps (about 1e-16
     * a step, 120,000 steps at most), far below one step's share of it (1 / 120,000).
     */
    private static final double SENT_ROUNDING = 1e-9;
    /** How far apart a plan keeps copies of itself, for a cut to step from. */
    private static final double WAYPOINT_SECONDS = 10;

    private final QemuPreCopyModel model;
    private QemuPreCopyRun run;
    private QemuPreCopyRun planned; // where the stretch planned last ends if it gets its planned rate
    private final List<QemuPreCopyRun> waypoints = new ArrayList<>(); // the plan every WAYPOINT_SECONDS
    private final double lineRate;
    private final double ceiling;
    private final double cap;
    // The stretch planned last: its rate limit, steps, bytes, and how far the run's clock was ahead (a sync).
    private double plannedCap;
    private double plannedLiveSeconds;
    private double plannedBytes;
    private double plannedSeconds;
    private double plannedLength; // the live seconds after which the stretch ends at its next sync
    private double debt;
    private double steadySince = Double.NaN; // engine seconds since when the stream is steady and not cut

    /**
     * @param lineRate the slowest line rate on the path, bytes/s (what {@code migration-cost} calls the bandwidth)
     */
    PreCopyStream(QemuPreCopyModel model, MigrationRequest request) {
        this(model, request, model.start(request));
    }

    /** The stream of {@code request} stepping {@code run}, its start: for a test, one that computes each step. */
    PreCopyStream(QemuPreCopyModel model, MigrationRequest request, QemuPreCopyRun run) {
        this.model = model;
        this.lineRate = request.bandwidth();
        this.ceiling = model.streamCeiling(request);
        this.cap = model.settings().maxBandwidthOrDefault();
        this.run = run;
    }

    /** Payload bytes/s the stream may move at most: the hypervisor's cap and the stream's ceiling. */
    double streamRate() {
        return Math.min(cap, ceiling);
    }

    /**
     * Runs QEMU's checks at the start of a stretch on the run itself: give up? due for a dirty-log sync? (which may
     * stop the guest or switch to post-copy).
     */
    Next next(double dirtyRate) {
        run.setDirtyRate(dirtyRate);
        if (run.gaveUp()) {
            return Next.FORCED_STOP;
        }
        return run.dueForSync() ? sync() : Next.SEND;
    }

    // A dirty-log sync on the run: what QEMU decides.
    private Next sync() {
        return switch (run.sync()) {
            case STOP -> Next.STOP;
            case POSTCOPY -> Next.POSTCOPY;
            case CONTINUE -> Next.SEND;
        };
    }

    /**
     * Plans the next stretch at a payload share of the network, on a copy of the run: QEMU's loop, through the
     * dirty-log syncs that keep it going, until it has run the stretch's length and is due for a sync, or a sync would
     * stop the guest or switch to post-copy, or it gives up, or it has nothing left to send until a sync. When the
     * share is the stream's own rate the plan is the one {@code migration-cost} steps through; below it, the share
     * limits the bytes of each step as a cap would.
     *
     * <p>The length is {@value #MIN_STRETCH_SECONDS} s until the stream is steady (its first pass over: rounds re-send
     * the hot set, every step alike); from then on it is {@value #STRETCH_GROWTH} of the time the stream has been
     * steady without a {@link #cut}, at least {@value #MIN_STRETCH_SECONDS} s, so a guest that never converges runs to
     * QEMU's give-up in a few dozen stretches, not one a second. A stretch longer than {@value #MIN_STRETCH_SECONDS} s
     * is {@link #isLong() long}: its migration cuts it when its flow's rate changes.
     *
     * @param engineSeconds seconds since the run started on the engine's clock
     */
    void plan(double share, double engineSeconds) {
        plannedCap = share >= streamRate() * (1 - 1e-9) ? cap : share;
        debt = run.elapsed() - engineSeconds;
        if (!run.resendingHotSet()) {
            steadySince = Double.NaN;
        } else if (Double.isNaN(steadySince)) {
            steadySince = engineSeconds;
        }
        plannedLength = Double.isNaN(steadySince) ? MIN_STRETCH_SECONDS
                : Math.max(MIN_STRETCH_SECONDS, (engineSeconds - steadySince) * STRETCH_GROWTH);
        double startedAt = run.elapsed();
        waypoints.clear();
        QemuPreCopyRun ahead = ahead(run, false, Double.POSITIVE_INFINITY);
        planned = ahead;
        plannedBytes = ahead.sent() - run.sent();
        plannedSeconds = Math.max(0, ahead.elapsed() - engineSeconds);
        plannedLiveSeconds = ahead.elapsed() - startedAt;
    }

    /**
     * The stretch planned last, stepped on a copy of {@code from} (the run, or a waypoint of the plan) at its planned
     * rate: to its end, or to the first step that reaches {@code until} on the run's clock (where a cut leaves it).
     * Planning, it keeps a copy every {@value #WAYPOINT_SECONDS} s, so a cut steps again from the last one before it.
     */
    private QemuPreCopyRun ahead(QemuPreCopyRun from, boolean sent, double until) {
        QemuPreCopyRun ahead = from.copy();
        double startedAt = run.elapsed();
        boolean planning = until == Double.POSITIVE_INFINITY;
        double nextWaypoint = ahead.elapsed() + WAYPOINT_SECONDS;
        double end = until - 1e-9;
        while (true) {
            // alike steps at once, up to the first that one of the checks below acts on
            double bytes = ahead.stepAlike(ceiling, plannedCap, QemuPreCopyModel.STEP_SECONDS,
                    planning ? Math.min(end, nextWaypoint) : end, 0, Double.POSITIVE_INFINITY);
            boolean sending = (bytes < 0 ? ahead.step(ceiling, plannedCap, QemuPreCopyModel.STEP_SECONDS) : bytes) > 0;
            sent |= sending;
            if (ahead.gaveUp() || sent && !sending || ahead.elapsed() >= end) {
                return ahead;
            }
            if (ahead.dueForSync()) {
                if (ahead.elapsed() - startedAt >= plannedLength) {
                    return ahead;
                }
                if (ahead.wouldSync() != QemuPreCopyRun.Sync.CONTINUE) {
                    return ahead; // the run itself takes this sync, at the next stretch
                }
                ahead.sync();
            }
            if (planning && sent && ahead.elapsed() >= nextWaypoint) {
                waypoints.add(ahead.copy());
                nextWaypoint = ahead.elapsed() + WAYPOINT_SECONDS;
            }
        }
    }

    /** Whether the stretch planned last is longer than {@value #MIN_STRETCH_SECONDS} s: cut when its rate changes. */
    boolean isLong() {
        return plannedLength > MIN_STRETCH_SECONDS;
    }

    /**
     * Ends the stretch planned last early, at {@code engineSeconds}: its flow's rate is about to change (another flow
     * started or ended on its links). Until now it ran at its planned rate, so the run is the plan up to this step; the
     * next stretch is planned at the new share, and the stretches grow again from {@value #MIN_STRETCH_SECONDS} s.
     */
    void cut(double engineSeconds) {
        double until = Math.max(engineSeconds, run.elapsed()); // the run's clock keeps a sync owed at the start
        QemuPreCopyRun from = run;
        for (QemuPreCopyRun w : waypoints) {
            if (w.elapsed() >= until) {
                break;
            }
            from = w;
        }
        run = ahead(from, from != run, until);
        waypoints.clear();
        steadySince = engineSeconds;
    }

    /** Payload bytes of the stretch planned last. */
    double plannedBytes() {
        return plannedBytes;
    }

    /** Seconds the stretch planned last takes at its planned rate, the sync owed at its start included. */
    double plannedSeconds() {
        return plannedSeconds;
    }

    /**
     * Replays the stretch planned last, which really took {@code seconds}: QEMU's loop with each step lengthened in
     * proportion (the same sends, more time for the guest to dirty pages), until the stretch's bytes are sent (or, for
     * a stretch that sends nothing, its time has passed). A slower stretch measures a lower bandwidth, so a lower sync
     * threshold, and its syncs find more dirty pages: the syncs it takes decide for themselves.
     *
     * @return {@link Next#SEND} unless a sync of the replay stopped the guest or switched to post-copy
     */
    Next replay(double seconds) {
        double stretch = plannedLiveSeconds > 0 ? Math.max(1, (seconds - debt) / plannedLiveSeconds) : 1;
        if (stretch <= 1 + 1e-9) { // within the clock's rounding
            run = planned; // it ran as planned: the plan is the replay
            return Next.SEND;
        }
        double stepSeconds = QemuPreCopyModel.STEP_SECONDS * stretch;
        double sentBefore = run.sent();
        double until = run.elapsed() - debt + seconds;
        // alike steps at once, up to the first that one of the checks below acts on
        double stopAt = plannedBytes > 0 ? Double.POSITIVE_INFINITY : until - 1e-9;
        // The plan's bytes, bar the rounding: the replay's steps send what the plan's did, but fast-forwarded from
        // other steps (its windows and stops fall elsewhere), so its sum may round a little short of the plan's.
        double sentBytes = plannedBytes > 0 ? plannedBytes * (1 - SENT_ROUNDING) : Double.POSITIVE_INFINITY;
        while (true) {
            if (run.stepAlike(ceiling, plannedCap, stepSeconds, stopAt, sentBefore, sentBytes) < 0) {
                run.step(ceiling, plannedCap, stepSeconds);
            }
            boolean done = plannedBytes > 0 ? run.sent() - sentBefore >= sentBytes : run.elapsed() >= until - 1e-9;
            if (done || run.gaveUp()) {
                return Next.SEND;
            }
            Next decided = run.dueForSync() ? sync() : Next.SEND;
            if (decided != Next.SEND) {
                return decided;
            }
        }
    }

    /** How the migration ends when {@link #next} said {@code how} (not {@link Next#SEND}). */
    Ending ending(Next how) {
        double finalRate = model.stopCopyRate(lineRate);
        double switchover = model.profile().switchoverSeconds().value();
        return switch (how) {
            case STOP -> new Ending(how, run.stopCopyBytes(), finalRate, run.pauseOverheadSeconds(run.leftZero()), 0,
                    run.sentWhenStopped(), run.syncs() + 1);
            case FORCED_STOP -> new Ending(how, run.leftNonZero() + run.unsynced()
                    + model.settings().deviceStateOrDefault(), finalRate, run.pauseOverheadSeconds(run.leftZero()), 0,
                    run.sentWhenForced(), run.syncs());
            case POSTCOPY -> new Ending(how, run.postcopyBytes(), ceiling, switchover, run.postcopySeconds(ceiling),
                    run.sentWhenPostcopy(), run.syncs());
            case SEND -> throw new IllegalArgumentException("a migration still sending has not ended");
        };
    }

    /** Seconds the run's clock is ahead of the engine's (a dirty-log sync just taken, which moves no bytes). */
    double owed(double engineSeconds) {
        return Math.max(0, run.elapsed() - engineSeconds);
    }

    /** Bytes put on the stream so far. */
    double sent() {
        return run.sent();
    }

    int syncs() {
        return run.syncs();
    }
}
