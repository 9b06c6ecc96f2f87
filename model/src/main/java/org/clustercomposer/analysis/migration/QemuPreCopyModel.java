package org.clustercomposer.analysis.migration;

import org.clustercomposer.topology.HypervisorMigrationSettings;
import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * QEMU/KVM pre-copy live migration as QEMU 7.2 runs it (migration/migration.c, migration/ram.c), stepped in
 * {@value #STEP_SECONDS} s slices. Each physical effect is a named term of the explanation:
 * <ul>
 *   <li><b>zero pages</b>: all-zero pages cost a scan and a 9-byte marker, not a page;</li>
 *   <li><b>hypervisor cap</b>: max-bandwidth limits the stream's bytes (128 MiB/s by default; libvirt lifts it);</li>
 *   <li><b>transport ceiling</b>: what the sender moves uncapped, and its per-page cost ({@link TransportProfile});</li>
 *   <li><b>multifd</b>: channels multiply the ceiling up to the profile's parallel channels;</li>
 *   <li><b>dirty-log sync</b>: each bitmap sync costs time per GiB of guest memory;</li>
 *   <li><b>saturating re-dirtying</b>: writes at D over a hot set W dirty W (1 - exp(-D t / W)) distinct pages;</li>
 *   <li><b>stop rule</b>: the first pass always runs live; whenever the pages left drop below bandwidth x
 *       downtime-limit (bandwidth measured over the last 100 ms), QEMU syncs the dirty log and stops the guest if
 *       what is then left is still below it;</li>
 *   <li><b>switchover and device state</b>: the final copy runs uncapped at the stop-copy rate, plus device state
 *       (VFIO) and a fixed switchover;</li>
 *   <li><b>auto-converge</b>: when the pages dirtied since the last sync exceed half of what was sent, twice, the
 *       vCPUs are throttled 20 %, then +10 % at each trigger, up to 99 %, at most once a second;</li>
 *   <li><b>XBZRLE</b>: a re-sent page found in the cache goes as a delta;</li>
 *   <li><b>post-copy</b>: after the given number of syncs the guest runs on the destination and the rest follows
 *       uncapped.</li>
 * </ul>
 * A migration still running after {@value #GIVE_UP_SECONDS} s is reported as not converged at that time.
 */
public final class QemuPreCopyModel implements MigrationCostModel {

    static final double STEP_SECONDS = 0.005;
    /** QEMU measures the bandwidth behind its threshold over BUFFER_DELAY = 100 ms. */
    static final double BANDWIDTH_WINDOW_SECONDS = 0.1;
    /** QEMU's throttle-trigger-threshold: 50 % of the bytes sent in the period. */
    static final double THROTTLE_TRIGGER = 0.5;
    static final double GIVE_UP_SECONDS = 3600;
    private static final double GIB = 1 << 30;

    private final HypervisorMigrationSettings settings;
    private final TransportProfile profile;

    public QemuPreCopyModel(HypervisorMigrationSettings settings, TransportProfile profile) {
        if (settings == null || profile == null) {
            throw new IllegalArgumentException("hypervisor settings and a transport profile are required");
        }
        this.settings = settings.checked();
        this.profile = profile;
    }

    /** QEMU's defaults with the default profile of the settings' transport. */
    public static QemuPreCopyModel of(HypervisorMigrationSettings settings) {
        return new QemuPreCopyModel(settings, TransportProfile.defaults(settings.transportOrDefault()));
    }

    public HypervisorMigrationSettings settings() {
        return settings;
    }

    public TransportProfile profile() {
        return profile;
    }

    @Override
    public String name() {
        return "QEMU pre-copy live migration";
    }

    /** The rate the stream's whole pages move at: cap, link after protocol overhead, ceiling times channels. */
    double streamCeiling(MigrationRequest r) {
        int channels = Math.max(1, settings.multifdOrDefault());
        return Math.min(r.bandwidth() * TransferSettings.TCP_OVER_ETHERNET,
                profile.ceiling().value() * Math.min(channels, profile.multifdParallel()));
    }

    @Override
    public MigrationCost cost(MigrationRequest r) {
        double cap = settings.maxBandwidthOrDefault();
        double ceiling = streamCeiling(r);
        double zeroSec = profile.zeroPageSeconds().value();
        double limit = settings.downtimeLimit() != null ? settings.downtimeLimit() : r.downtimeLimit();
        double page = MigrationRequest.PAGE_SIZE;
        double marker = MigrationRequest.ZERO_PAGE_WIRE_BYTES;
        double hot = r.dirtyRate() > 0 ? Math.min(r.dirtyBound(), r.nonZeroMemory() > 0 ? r.nonZeroMemory() : r.memory())
                : 0;
        double cache = settings.xbzrleCacheOrDefault();
        double xbzrleHit = cache > 0 && hot > 0 ? Math.min(1, cache / hot) : 0;
        double resendFactor = 1 - xbzrleHit * (1 - profile.xbzrleEncodedFraction());
        double syncSeconds = profile.syncSecondsPerGiB().value() * r.memory() / GIB;
        int postcopyAfter = settings.postcopyAfterOrDefault();
        boolean autoConverge = settings.autoConvergeOrDefault();

        // Pages in the dirty bitmap (bytes of guest memory): hot, other non-zero, zero. First pass: all of them,
        // non-zero memory first (a guest's low memory is the touched part), so the pass ends on zero pages.
        double bitHot = hot;
        double bitCold = r.nonZeroMemory() - hot;
        double bitZero = r.zeroMemory();
        double log = 0; // hot pages dirtied since the last sync and not in the bitmap
        boolean firstPass = true;
        double t = 0;
        double sent = 0;
        int syncs = 1; // the bitmap's initial sync
        List<Double> roundBytes = new ArrayList<>(); // bytes sent between syncs: the editor's rounds chart
        double sentAtSync = 0;
        double windowBytes = 0;
        double windowTime = 0;
        double threshold = Math.min(cap, ceiling) * limit;
        double periodSent = 0;
        double periodDirtied = 0;
        double lastThrottleCheck = 0;
        int highCount = 0;
        int throttle = 0;
        double syncTime = 0;
        double postcopyTime = 0;
        String stop;
        while (true) {
            if (t > GIVE_UP_SECONDS) {
                stop = "not converged after " + Quantities.display(GIVE_UP_SECONDS, Dimension.DURATION)
                        + ": the guest dirties its hot set faster than the stream sends it";
                double down = finalCopy(r, bitHot + bitCold + log, bitZero, zeroSec);
                return result(r, roundBytes, t + down, down, sent + bitHot + bitCold + log, syncs, false, stop, throttle,
                        syncTime, postcopyTime, xbzrleHit, ceiling, cap, limit);
            }
            double remaining = bitHot + bitCold + bitZero;
            if (remaining < threshold) {
                bitHot += log;
                periodDirtied += log;
                log = 0;
                syncs++;
                roundBytes.add(sent - sentAtSync);
                sentAtSync = sent;
                t += syncSeconds;
                syncTime += syncSeconds;
                if (autoConverge && t - lastThrottleCheck >= 1) {
                    lastThrottleCheck = t;
                    if (periodDirtied > THROTTLE_TRIGGER * periodSent && ++highCount >= 2) {
                        highCount = 0;
                        throttle = throttle == 0 ? HypervisorMigrationSettings.THROTTLE_INITIAL_PCT
                                : Math.min(HypervisorMigrationSettings.THROTTLE_MAX_PCT,
                                        throttle + HypervisorMigrationSettings.THROTTLE_INCREMENT_PCT);
                    }
                    periodSent = 0;
                    periodDirtied = 0;
                }
                firstPass = false;
                if (bitHot + bitCold + bitZero < threshold) {
                    double down = finalCopy(r, bitHot + bitCold, bitZero, zeroSec);
                    stop = "converged: after sync " + syncs + " the " + Quantities.display(bitHot + bitCold,
                            Dimension.SIZE) + " left was below bandwidth x downtime-limit ("
                            + Quantities.display(threshold, Dimension.SIZE) + "); the guest stopped for the final copy";
                    return result(r, roundBytes, t + down, down, sent + bitHot + bitCold + bitZero / page * marker, syncs + 1,
                            true, stop, throttle, syncTime, postcopyTime, xbzrleHit, ceiling, cap, limit);
                }
                if (postcopyAfter > 0 && syncs > postcopyAfter) {
                    double down = profile.switchoverSeconds().value();
                    postcopyTime = (bitHot + bitCold) / ceiling + bitZero / page * zeroSec;
                    stop = "post-copy after " + syncs + " dirty-log syncs: the guest runs on the destination and "
                            + Quantities.display(bitHot + bitCold, Dimension.SIZE) + " follows uncapped";
                    return result(r, roundBytes, t + down + postcopyTime, down, sent + bitHot + bitCold, syncs, true, stop,
                            throttle, syncTime, postcopyTime, xbzrleHit, ceiling, cap, limit);
                }
            }
            // Send for one step: the cap limits bytes, the ceiling limits the sender's time.
            double byteBudget = cap * STEP_SECONDS;
            double timeBudget = STEP_SECONDS;
            double stepBytes = 0;
            double hotWire = firstPass ? 1 : resendFactor;
            double x = Math.min(bitHot, Math.min(timeBudget * ceiling, byteBudget / hotWire));
            bitHot -= x;
            timeBudget -= x / ceiling;
            byteBudget -= x * hotWire;
            stepBytes += x * hotWire;
            x = Math.min(bitCold, Math.min(timeBudget * ceiling, byteBudget));
            bitCold -= x;
            timeBudget -= x / ceiling;
            byteBudget -= x;
            stepBytes += x;
            if (bitZero > 0 && timeBudget > 0 && byteBudget > 0) {
                double pages = Math.min(bitZero / page, Math.min(timeBudget / zeroSec, byteBudget / marker));
                bitZero -= pages * page;
                stepBytes += pages * marker;
            }
            double d = r.dirtyRate() * (1 - throttle / 100.0);
            if (hot > 0 && d > 0) {
                double clean = Math.max(0, hot - bitHot - log);
                log += clean * (1 - Math.exp(-d * STEP_SECONDS / hot));
            }
            t += STEP_SECONDS;
            sent += stepBytes;
            periodSent += stepBytes;
            windowBytes += stepBytes;
            windowTime += STEP_SECONDS;
            if (windowTime >= BANDWIDTH_WINDOW_SECONDS - 1e-12) {
                threshold = windowBytes / windowTime * limit;
                windowBytes = 0;
                windowTime = 0;
            }
        }
    }

    /**
     * The paused copy: non-zero pages and device state at the stop-copy rate (never above the link), zero pages
     * scanned, plus switchover.
     */
    private double finalCopy(MigrationRequest r, double nonZeroBytes, double zeroBytes, double zeroSec) {
        double rate = Math.min(profile.stopCopyRate().value(), r.bandwidth() * TransferSettings.TCP_OVER_ETHERNET);
        return profile.switchoverSeconds().value() + (nonZeroBytes + settings.deviceStateOrDefault()) / rate
                + zeroBytes / MigrationRequest.PAGE_SIZE * zeroSec;
    }

    private MigrationCost result(MigrationRequest r, List<Double> roundsSent, double total, double downtime, double bytes, int syncs,
                                 boolean converged, String stop, int throttle, double syncTime, double postcopyTime,
                                 double xbzrleHit, double ceiling, double cap, double limit) {
        List<Input> inputs = new ArrayList<>(TransferSettings.memoryInputs(r));
        inputs.add(Input.of("zero pages: scan per page", profile.zeroPageSeconds().value(), Dimension.DURATION));
        inputs.add(Input.of("dirty rate D", r.dirtyRate(), Dimension.DATA_RATE));
        inputs.add(Input.of("hot set W", r.dirtyRate() > 0 ? r.dirtyBound() : 0, Dimension.SIZE));
        inputs.add(Input.of("bandwidth (link)", r.bandwidth(), Dimension.BANDWIDTH));
        if (Double.isFinite(cap)) {
            inputs.add(Input.of("hypervisor cap (max-bandwidth)", cap, Dimension.DATA_RATE));
        }
        inputs.add(Input.of("transport ceiling (" + settings.transportOrDefault() + ")", profile.ceiling().value(),
                Dimension.DATA_RATE));
        inputs.add(Input.count("multifd channels", settings.multifdOrDefault()));
        inputs.add(Input.of("stream ceiling", ceiling, Dimension.DATA_RATE));
        inputs.add(Input.of("downtime limit", limit, Dimension.DURATION));
        inputs.add(Input.count("dirty-log syncs", syncs));
        inputs.add(Input.of("dirty-log sync time", syncTime, Dimension.DURATION));
        if (settings.autoConvergeOrDefault()) {
            inputs.add(Input.fraction("auto-converge throttle at the end", throttle / 100.0));
        }
        if (xbzrleHit > 0) {
            inputs.add(Input.fraction("xbzrle cache hit share", xbzrleHit));
        }
        if (settings.deviceStateOrDefault() > 0) {
            inputs.add(Input.of("device state", settings.deviceStateOrDefault(), Dimension.SIZE));
        }
        inputs.add(Input.of("stop-copy rate", profile.stopCopyRate().value(), Dimension.DATA_RATE));
        inputs.add(Input.of("switchover", profile.switchoverSeconds().value(), Dimension.DURATION));
        if (postcopyTime > 0) {
            inputs.add(Input.of("post-copy phase", postcopyTime, Dimension.DURATION));
        }
        inputs.add(Input.of("downtime", downtime, Dimension.DURATION));
        List<String> notes = new ArrayList<>();
        notes.add(stop);
        notes.add("profile: " + profile.name());
        List<String> defaults = settings.defaultsUsed();
        if (!defaults.isEmpty()) {
            notes.add("QEMU defaults used: " + String.join(", ", defaults));
        }
        Explanation why = new Explanation(name(),
                "step " + STEP_SECONDS + " s: send at min(cap, stream ceiling), zero pages at their scan cost; dirty "
                        + "W (1 - exp(-D t / W)); when pages left < bandwidth x downtime-limit, sync the log, stop if "
                        + "still below; downtime = switchover + (left + device state) / stop-copy rate",
                inputs, notes);
        // The rounds before the last sync as sent; the rest (the last live pass and the paused copy) as one.
        List<Double> perRound = new ArrayList<>(roundsSent);
        perRound.add(Math.max(0, bytes - roundsSent.stream().mapToDouble(Double::doubleValue).sum()));
        return new MigrationCost(total, Math.min(downtime, total), bytes, syncs, converged, why, perRound);
    }
}
