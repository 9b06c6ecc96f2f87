package org.clustercomposer.analysis.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.clustercomposer.topology.HypervisorMigrationSettings;

/**
 * One QEMU pre-copy migration in progress: the dirty bitmap, the dirty log, QEMU's bandwidth measurement and
 * auto-converge state, advanced one {@value QemuPreCopyModel#STEP_SECONDS} s step at a time. Both engines drive it:
 * {@link QemuPreCopyModel} at one constant rate, the event-driven engine with the rate each stretch of the migration
 * gets on the shared network. Each iteration of QEMU's loop is: {@link #gaveUp()}? then {@link #dueForSync()}? ->
 * {@link #sync()} (which may stop the guest), then {@link #step}.
 *
 * <p>A step's sends depend only on the bitmap, the ceiling and the cap; the dirtying, the clock and the bandwidth
 * measurement on the step's elapsed time. So a stretch replayed with longer steps (it ran slower than planned
 * because it shared its links) sends the same bytes and leaves more dirty pages.
 *
 * <p>Running time: a step costs a few additions when it is one of the alike steps {@link PreCopyStepTable} holds
 * (every step but the one that empties a part of the bitmap, and the first after a change of cap, write rate or step
 * length), and {@link #stepAlike} takes a run of them in one loop, looking the way of the bitmap up again only when a
 * part falls below what the step takes from it. Within a bandwidth window it also fast-forwards over the alike steps
 * that none of its checks acts on: the bitmap, the clock and the bytes move linearly, and the dirty log follows a
 * linear recurrence with a closed form, so a few products and an exponential stand for up to the window's steps
 * (issue 13: the pre-copy steps were a fifth of a 10,000-host consolidation day). The state reached is that of each
 * step taken to within rounding (about 1e-15 relative), but not bit for bit; where the two roundings fall on either
 * side of a check (a bitmap exactly at the threshold after a whole number of steps) one takes a step more
 * ({@code FastForwardTest}: 1 run of 300, 2 streams of 600). {@link #steppingEachAlikeStep()} steps without it.
 */
public final class QemuPreCopyRun {

    /** What a dirty-log sync decided. */
    public enum Sync {
        /** Keep sending live. */
        CONTINUE,
        /** Stop the guest and copy what is left ({@link #stopCopyBytes()}). */
        STOP,
        /** Run the guest on the destination and send what is left after it ({@link #postcopyBytes()}). */
        POSTCOPY
    }

    private static final double GIB = 1 << 30;
    /** The least clock past the give-up time: {@code clock >= GIVE_UP_PAST} exactly when {@code clock > GIVE_UP}. */
    private static final double GIVE_UP_PAST = Math.nextUp(QemuPreCopyModel.GIVE_UP_SECONDS);
    /** The fewest free steps worth the fast-forward's arithmetic (a few products, and an exponential per new count). */
    private static final long FORWARD_LEAST = 4;

    private final HypervisorMigrationSettings settings;
    private final TransportProfile profile;
    private final double zeroSec;
    private final PreCopyStepTable table; // shared with the copies: it only caches
    private final boolean fastForward;
    private final double limit;
    private final double hot;
    private final double xbzrleHit;
    private final double resendFactor;
    private final double syncSeconds;
    private final int postcopyAfter;
    private final boolean autoConverge;
    private double dirtyRate;

    // Pages in the dirty bitmap (bytes of guest memory): hot, other non-zero, zero. First pass: all of them,
    // non-zero memory first (a guest's low memory is the touched part), so the pass ends on zero pages.
    private double bitHot;
    private double bitCold;
    private double bitZero;
    private double log; // hot pages dirtied since the last sync and not in the bitmap
    private boolean firstPass = true;
    private double t;
    private double sent;
    private int syncs = 1; // the bitmap's initial sync
    private Round lastRound; // bytes sent between syncs, newest first: the editor's rounds chart
    private double sentAtSync;
    private double windowBytes;
    private double windowTime;
    private double threshold;
    private double periodSent;
    private double periodDirtied;
    private double lastThrottleCheck;
    private int highCount;
    private int throttle;
    private double syncTime;

    /**
     * A migration about to start.
     *
     * @param initialRate the stream's rate before QEMU has measured one (the smaller of the cap and the stream's
     *                    ceiling): the first threshold is this rate times the downtime limit
     */
    QemuPreCopyRun(HypervisorMigrationSettings settings, TransportProfile profile, MigrationRequest r,
                   double initialRate) {
        this.settings = settings;
        this.profile = profile;
        this.zeroSec = profile.zeroPageSeconds().value();
        this.table = new PreCopyStepTable(zeroSec, true);
        this.fastForward = true;
        this.limit = settings.downtimeLimit() != null ? settings.downtimeLimit() : r.downtimeLimit();
        this.hot = r.dirtyRate() > 0 ? Math.min(r.dirtyBound(), r.nonZeroMemory() > 0 ? r.nonZeroMemory() : r.memory())
                : 0;
        double cache = settings.xbzrleCacheOrDefault();
        this.xbzrleHit = cache > 0 && hot > 0 ? Math.min(1, cache / hot) : 0;
        this.resendFactor = 1 - xbzrleHit * (1 - profile.xbzrleEncodedFraction());
        this.syncSeconds = profile.syncSecondsPerGiB().value() * r.memory() / GIB;
        this.postcopyAfter = settings.postcopyAfterOrDefault();
        this.autoConverge = settings.autoConvergeOrDefault();
        this.dirtyRate = r.dirtyRate();
        this.bitHot = hot;
        this.bitCold = r.nonZeroMemory() - hot;
        this.bitZero = r.zeroMemory();
        this.threshold = initialRate * limit;
    }

    private QemuPreCopyRun(QemuPreCopyRun o, PreCopyStepTable table, boolean fastForward) {
        this.fastForward = fastForward;
        settings = o.settings;
        profile = o.profile;
        zeroSec = o.zeroSec;
        this.table = table;
        limit = o.limit;
        hot = o.hot;
        xbzrleHit = o.xbzrleHit;
        resendFactor = o.resendFactor;
        syncSeconds = o.syncSeconds;
        postcopyAfter = o.postcopyAfter;
        autoConverge = o.autoConverge;
        dirtyRate = o.dirtyRate;
        bitHot = o.bitHot;
        bitCold = o.bitCold;
        bitZero = o.bitZero;
        log = o.log;
        firstPass = o.firstPass;
        t = o.t;
        sent = o.sent;
        syncs = o.syncs;
        lastRound = o.lastRound; // shared: a copy never changes the rounds before it
        sentAtSync = o.sentAtSync;
        windowBytes = o.windowBytes;
        windowTime = o.windowTime;
        threshold = o.threshold;
        periodSent = o.periodSent;
        periodDirtied = o.periodDirtied;
        lastThrottleCheck = o.lastThrottleCheck;
        highCount = o.highCount;
        throttle = o.throttle;
        syncTime = o.syncTime;
    }

    /** An independent copy, made in constant time: to plan a stretch ahead without committing to it. */
    public QemuPreCopyRun copy() {
        return new QemuPreCopyRun(this, table, fastForward);
    }

    /**
     * A copy that computes each step in full, without the table of alike steps: what stepping must equal (for tests:
     * its {@link #stepAlike} takes no step).
     */
    public QemuPreCopyRun computingEachStep() {
        return new QemuPreCopyRun(this, new PreCopyStepTable(zeroSec, false), false);
    }

    /**
     * A copy that takes alike steps one by one, without the fast-forward over those no check acts on: bit for bit
     * {@link #computingEachStep()} (for tests; the fast-forward rounds otherwise, see {@link #stepAlike}).
     */
    public QemuPreCopyRun steppingEachAlikeStep() {
        return new QemuPreCopyRun(this, table, false);
    }

    /** Whether the migration has run past {@value QemuPreCopyModel#GIVE_UP_SECONDS} s without converging. */
    public boolean gaveUp() {
        return t > QemuPreCopyModel.GIVE_UP_SECONDS;
    }

    /** Whether the pages left in the bitmap are below bandwidth x downtime-limit: QEMU syncs the dirty log. */
    public boolean dueForSync() {
        return bitHot + bitCold + bitZero < threshold;
    }

    /**
     * What {@link #sync()} would decide now, without taking it: stop if what is left with the log added is below the
     * threshold (a sync does not move it), post-copy if that sync is one past the given syncs, else continue.
     */
    public Sync wouldSync() {
        if (bitHot + log + bitCold + bitZero < threshold) {
            return Sync.STOP;
        }
        if (postcopyAfter > 0 && syncs + 1 > postcopyAfter) {
            return Sync.POSTCOPY;
        }
        return Sync.CONTINUE;
    }

    /**
     * Syncs the dirty log (taking {@link #syncSeconds()}), lets auto-converge throttle, and decides as QEMU does
     * ({@link #wouldSync()}): stop the guest if what is left is still below the threshold, switch to post-copy after
     * the given syncs, else keep going.
     */
    public Sync sync() {
        Sync decided = wouldSync();
        bitHot += log;
        periodDirtied += log;
        log = 0;
        syncs++;
        lastRound = new Round(sent - sentAtSync, lastRound);
        sentAtSync = sent;
        t += syncSeconds;
        syncTime += syncSeconds;
        if (autoConverge && t - lastThrottleCheck >= 1) {
            lastThrottleCheck = t;
            if (periodDirtied > QemuPreCopyModel.THROTTLE_TRIGGER * periodSent && ++highCount >= 2) {
                highCount = 0;
                throttle = throttle == 0 ? HypervisorMigrationSettings.THROTTLE_INITIAL_PCT
                        : Math.min(HypervisorMigrationSettings.THROTTLE_MAX_PCT,
                                throttle + HypervisorMigrationSettings.THROTTLE_INCREMENT_PCT);
            }
            periodSent = 0;
            periodDirtied = 0;
        }
        firstPass = false;
        return decided;
    }

    /**
     * Sends for one step and lets {@code elapsed} seconds pass. The sends use a {@value QemuPreCopyModel#STEP_SECONDS}
     * s budget: the cap limits bytes, the ceiling (whole pages per second) the sender's time, zero pages cost their
     * scan; the guest dirties, and QEMU measures the bandwidth, over {@code elapsed} ({@code STEP_SECONDS} unless
     * the step is replayed at the rate it really got).
     *
     * @return the bytes put on the stream
     */
    public double step(double ceiling, double cap, double elapsed) {
        double hotWire = firstPass ? 1 : resendFactor;
        int slot = table.sends(bitHot, bitCold, bitZero, ceiling, cap, hotWire);
        return advance(slot, ceiling, cap, hotWire, elapsed, Double.NaN, 0, Double.POSITIVE_INFINITY, false);
    }

    /**
     * Takes {@link #step}s again and again while each is one the table of alike steps holds, until one sends nothing,
     * ends at or after {@code stopAt} or past the give-up time on the run's clock, leaves the run due for a sync, or
     * has sent {@code sentBytes} since {@code sentSince} ({@code sent() - sentSince >= sentBytes}): what calling
     * {@code step} and checking those after each would do (to within rounding, see the class), without the look-ups
     * between alike steps.
     *
     * @return the bytes the last step put on the stream, or -1 when the next step is not one of the table's (none
     *         taken: call {@code step})
     */
    public double stepAlike(double ceiling, double cap, double elapsed, double stopAt, double sentSince,
                            double sentBytes) {
        double hotWire = firstPass ? 1 : resendFactor;
        int way = table.way(bitHot, bitCold, bitZero, ceiling, cap, hotWire);
        return way < 0 ? -1 : advance(way, ceiling, cap, hotWire, elapsed, stopAt, sentSince, sentBytes, true);
    }

    /*
     * Steps whose sends are in the table's slot: the bitmap gives them up, the guest dirties for elapsed seconds (the
     * dirtied fraction of the clean hot set), the clock and the bandwidth measurement move on. Again while alike and
     * none of stepAlike's stops is reached. The state is held in locals meanwhile, and so are the slot's sends while
     * the bitmap stays in its way (each part at least the table's low for it, no look-up): alike steps then cost
     * about the additions they make (issue 13), the log's chain of a subtraction, a product and a sum above all.
     */
    private double advance(int slot, double ceiling, double cap, double hotWire, double elapsed, double stopAt,
                           double sentSince, double sentBytes, boolean alike) {
        double dirtied = table.dirtiedFraction(dirtyRate, throttle, elapsed, hot);
        double keepLog = dirtied > 0 ? Math.log1p(-dirtied) : 0; // ln(1 - d): (1 - d)^k = exp(k ln(1 - d))
        long forwardSteps = -1; // the k the two factors below are for
        double forwardKeep = 0;
        double forwardGain = 0;
        double end = stopAt < GIVE_UP_PAST ? stopAt : GIVE_UP_PAST; // NaN: no stop but the give-up
        double bh = bitHot;
        double bc = bitCold;
        double bz = bitZero;
        double dirtiedLog = log;
        double clock = t;
        double sentSoFar = sent;
        double sentInPeriod = periodSent;
        double inWindow = windowBytes;
        double windowSeconds = windowTime;
        double below = threshold;
        double stepBytes;
        while (true) {
            double tookHot = table.hot(slot);
            double tookCold = table.cold(slot);
            double tookZero = table.zero(slot);
            double hotLow = table.hotLow(slot);
            double coldLow = table.coldLow(slot);
            double zeroLow = table.zeroLow(slot);
            stepBytes = table.wire(slot);
            boolean stop = !alike || !(stepBytes > 0);
            boolean forward = fastForward && !stop && tookHot >= 0 && tookCold >= 0 && tookZero >= 0;
            do {
                if (forward) {
                    long k = freeSteps(bh, bc, bz, tookHot, tookCold, tookZero, hotLow, coldLow, zeroLow, stepBytes,
                            elapsed, clock, end, below, windowSeconds, sentSoFar - sentSince, sentBytes);
                    if (k >= FORWARD_LEAST && (dirtied == 0 || hot - (bh - tookHot) - dirtiedLog > 0)) {
                        if (dirtied > 0) {
                            // The clean hot pages g (neither in the bitmap nor in the log) follow
                            // g' = (1 - d)(g + took) step by step: g_k = g q + took (1 - d)(1 - q) / d, q = (1 - d)^k.
                            if (k != forwardSteps) {
                                forwardSteps = k;
                                forwardKeep = Math.exp(k * keepLog);
                                forwardGain = -Math.expm1(k * keepLog) * (1 - dirtied) / dirtied;
                            }
                            double g = (hot - bh - dirtiedLog) * forwardKeep + tookHot * forwardGain;
                            bh -= k * tookHot;
                            dirtiedLog = hot - bh - g;
                        } else {
                            bh -= k * tookHot;
                        }
                        bc -= k * tookCold;
                        bz -= k * tookZero;
                        clock += k * elapsed;
                        double bytes = k * stepBytes;
                        sentSoFar += bytes;
                        sentInPeriod += bytes;
                        inWindow += bytes;
                        windowSeconds += k * elapsed;
                    }
                }
                bh -= tookHot;
                bc -= tookCold;
                bz -= tookZero;
                if (dirtied > 0) {
                    double clean = hot - bh - dirtiedLog;
                    if (!(clean <= 0)) { // as max(0, clean): adding 0 leaves the log (never -0) as it is
                        dirtiedLog += clean * dirtied;
                    }
                }
                clock += elapsed;
                sentSoFar += stepBytes;
                sentInPeriod += stepBytes;
                inWindow += stepBytes;
                windowSeconds += elapsed;
                if (windowSeconds >= QemuPreCopyModel.BANDWIDTH_WINDOW_SECONDS - 1e-12) {
                    below = inWindow / windowSeconds * limit;
                    inWindow = 0;
                    windowSeconds = 0;
                }
                stop |= clock >= end || bh + bc + bz < below || sentSoFar - sentSince >= sentBytes;
            } while (!stop && bh >= hotLow && bc >= coldLow && bz >= zeroLow);
            if (stop) {
                break;
            }
            slot = table.way(bh, bc, bz, ceiling, cap, hotWire);
            if (slot < 0) {
                break;
            }
        }
        bitHot = bh;
        bitCold = bc;
        bitZero = bz;
        log = dirtiedLog;
        t = clock;
        sent = sentSoFar;
        periodSent = sentInPeriod;
        windowBytes = inWindow;
        windowTime = windowSeconds;
        threshold = below;
        return stepBytes;
    }

    /*
     * How many steps alike to the next one no check of advance() acts on, found from the linear parts of the state
     * (each step takes the same from the bitmap's parts, adds the same to the clock, the bytes and the window): none
     * ends the bandwidth window, reaches the stop or the give-up time, the threshold or the bytes asked for, or leaves
     * the bitmap's way; two steps short of each (the products round where the additions did). 0 when none may be.
     */
    private static long freeSteps(double bh, double bc, double bz, double tookHot, double tookCold, double tookZero,
                                  double hotLow, double coldLow, double zeroLow, double stepBytes, double elapsed,
                                  double clock, double end, double below, double windowSeconds, double sentYet,
                                  double sentBytes) {
        double k = (QemuPreCopyModel.BANDWIDTH_WINDOW_SECONDS - 1e-12 - windowSeconds) / elapsed;
        k = Math.min(k, (end - clock) / elapsed);
        double took = tookHot + tookCold + tookZero;
        if (took > 0) {
            k = Math.min(k, (bh + bc + bz - below) / took);
        }
        k = Math.min(k, (sentBytes - sentYet) / stepBytes);
        k = Math.min(k, partSteps(bh, tookHot, hotLow));
        k = Math.min(k, partSteps(bc, tookCold, coldLow));
        k = Math.min(k, partSteps(bz, tookZero, zeroLow));
        return k >= 2 ? (long) k - 2 : 0; // NaN (a look-up every step) compares false: 0
    }

    // Steps for which a part that gives up `took` each step keeps at least `low`.
    private static double partSteps(double part, double took, double low) {
        if (low == Double.NEGATIVE_INFINITY || took == 0 && part >= low) {
            return Double.POSITIVE_INFINITY;
        }
        return (part - low) / took;
    }

    /** The guest's write rate from now on (a workload may change it while the migration runs). */
    public void setDirtyRate(double bytesPerSecond) {
        this.dirtyRate = bytesPerSecond;
    }

    /**
     * The paused copy's time at {@code rate}: the non-zero pages and device state at that rate, the zero pages
     * scanned, plus switchover.
     */
    public double finalCopySeconds(double nonZeroBytes, double zeroBytes, double rate) {
        return profile.switchoverSeconds().value() + (nonZeroBytes + settings.deviceStateOrDefault()) / rate
                + zeroBytes / MigrationRequest.PAGE_SIZE * zeroSec;
    }

    /** The part of the paused copy that is not on the network: the zero-page scan and the switchover. */
    public double pauseOverheadSeconds(double zeroBytes) {
        return profile.switchoverSeconds().value() + zeroBytes / MigrationRequest.PAGE_SIZE * zeroSec;
    }

    /** Seconds since the migration started (sends, dirty-log syncs), on the run's own clock. */
    public double elapsed() {
        return t;
    }

    /** Bytes put on the stream so far. */
    public double sent() {
        return sent;
    }

    public int syncs() {
        return syncs;
    }

    /** Non-zero pages left in the bitmap. */
    public double leftNonZero() {
        return bitHot + bitCold;
    }

    /**
     * Whether the first pass is over: from here each round re-sends the hot set the guest dirtied (hot pages go first,
     * so the few the first pass left below the threshold wait behind them), and each step sends alike at a rate.
     */
    public boolean resendingHotSet() {
        return !firstPass;
    }

    /** Zero pages left in the bitmap. */
    public double leftZero() {
        return bitZero;
    }

    /** Hot pages dirtied since the last sync (what a forced stop must send too). */
    public double unsynced() {
        return log;
    }

    /** The bytes sent when the guest stopped after a {@link Sync#STOP}: all so far, the pages left, zero markers. */
    public double sentWhenStopped() {
        return sent + bitHot + bitCold + bitZero / MigrationRequest.PAGE_SIZE * MigrationRequest.ZERO_PAGE_WIRE_BYTES;
    }

    /** The bytes sent when the run gave up and forced the stop: all so far and the non-zero pages left. */
    public double sentWhenForced() {
        return sent + bitHot + bitCold + log;
    }

    /** Payload the paused copy puts on the network after a {@link Sync#STOP}: pages left and device state. */
    public double stopCopyBytes() {
        return bitHot + bitCold + settings.deviceStateOrDefault();
    }

    /** The bytes sent when the guest moved to the destination after a {@link Sync#POSTCOPY}, what follows it too. */
    public double sentWhenPostcopy() {
        return sent + bitHot + bitCold;
    }

    /** Payload that follows the guest after a {@link Sync#POSTCOPY}. */
    public double postcopyBytes() {
        return bitHot + bitCold;
    }

    /** The post-copy phase at the stream's ceiling: the pages left, and the zero pages' scan. */
    public double postcopySeconds(double ceiling) {
        return (bitHot + bitCold) / ceiling + bitZero / MigrationRequest.PAGE_SIZE * zeroSec;
    }

    /** Bytes sent between syncs so far. */
    public List<Double> roundBytes() {
        List<Double> rounds = new ArrayList<>();
        for (Round r = lastRound; r != null; r = r.previous) {
            rounds.add(r.bytes);
        }
        Collections.reverse(rounds);
        return rounds;
    }

    /** One round's bytes and the rounds before it: shared between a run and its copies. */
    private record Round(double bytes, Round previous) {
    }

    public int throttle() {
        return throttle;
    }

    public double syncTime() {
        return syncTime;
    }

    public double xbzrleHit() {
        return xbzrleHit;
    }

    /** Bytes below which QEMU syncs the log (and then stops the guest): measured bandwidth x downtime-limit. */
    public double threshold() {
        return threshold;
    }

    public double downtimeLimit() {
        return limit;
    }

    public double syncSeconds() {
        return syncSeconds;
    }
}
