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

    /** The slice QEMU's loop is stepped in; the event engine plans and replays whole stretches of them. */
    public static final double STEP_SECONDS = 0.005;
    /** QEMU measures the bandwidth behind its threshold over BUFFER_DELAY = 100 ms. */
    static final double BANDWIDTH_WINDOW_SECONDS = 0.1;
    /** QEMU's throttle-trigger-threshold: 50 % of the bytes sent in the period. */
    static final double THROTTLE_TRIGGER = 0.5;
    static final double GIVE_UP_SECONDS = 3600;

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
    public double streamCeiling(MigrationRequest r) {
        return Math.min(r.bandwidth() * TransferSettings.TCP_OVER_ETHERNET, senderCeiling());
    }

    /** A migration of {@code r} about to start, at its link: what {@link #cost} runs and the event engine steps. */
    public QemuPreCopyRun start(MigrationRequest r) {
        return start(r, Math.min(settings.maxBandwidthOrDefault(), streamCeiling(r)));
    }

    /** A migration about to start whose stream can first move {@code initialRate} bytes/s (its share now). */
    public QemuPreCopyRun start(MigrationRequest r, double initialRate) {
        return new QemuPreCopyRun(settings, profile, r, initialRate);
    }

    /** The rate of the paused copy: the stop-copy rate, never above the link after protocol overhead. */
    public double stopCopyRate(double lineRate) {
        return Math.min(profile.stopCopyRate().value(), lineRate * TransferSettings.TCP_OVER_ETHERNET);
    }

    /** What the sender moves uncapped whatever the link: the profile's ceiling times the channels that run. */
    public double senderCeiling() {
        int channels = Math.max(1, settings.multifdOrDefault());
        return profile.ceiling().value() * Math.min(channels, profile.multifdParallel());
    }

    @Override
    public MigrationCost cost(MigrationRequest r) {
        double cap = settings.maxBandwidthOrDefault();
        double ceiling = streamCeiling(r);
        double limit = settings.downtimeLimit() != null ? settings.downtimeLimit() : r.downtimeLimit();
        QemuPreCopyRun run = start(r, Math.min(cap, ceiling));
        double finalRate = stopCopyRate(r.bandwidth());
        while (true) {
            if (run.gaveUp()) {
                String stop = "not converged after " + Quantities.display(GIVE_UP_SECONDS, Dimension.DURATION)
                        + ": the guest dirties its hot set faster than the stream sends it";
                double down = run.finalCopySeconds(run.leftNonZero() + run.unsynced(), run.leftZero(), finalRate);
                return result(r, run, run.elapsed() + down, down, run.sentWhenForced(), run.syncs(), false, stop, 0,
                        ceiling, cap, limit);
            }
            if (run.dueForSync()) {
                QemuPreCopyRun.Sync decided = run.sync();
                if (decided == QemuPreCopyRun.Sync.STOP) {
                    double down = run.finalCopySeconds(run.leftNonZero(), run.leftZero(), finalRate);
                    String stop = "converged: after sync " + run.syncs() + " the " + Quantities.display(
                            run.leftNonZero(), Dimension.SIZE) + " left was below bandwidth x downtime-limit ("
                            + Quantities.display(run.threshold(), Dimension.SIZE)
                            + "); the guest stopped for the final copy";
                    return result(r, run, run.elapsed() + down, down, run.sentWhenStopped(), run.syncs() + 1, true,
                            stop, 0, ceiling, cap, limit);
                }
                if (decided == QemuPreCopyRun.Sync.POSTCOPY) {
                    double down = profile.switchoverSeconds().value();
                    double postcopyTime = run.postcopySeconds(ceiling);
                    String stop = "post-copy after " + run.syncs() + " dirty-log syncs: the guest runs on the "
                            + "destination and " + Quantities.display(run.postcopyBytes(), Dimension.SIZE)
                            + " follows uncapped";
                    return result(r, run, run.elapsed() + down + postcopyTime, down, run.sentWhenPostcopy(),
                            run.syncs(), true, stop, postcopyTime, ceiling, cap, limit);
                }
            }
            if (run.stepAlike(ceiling, cap, STEP_SECONDS, Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY) < 0) {
                run.step(ceiling, cap, STEP_SECONDS);
            }
        }
    }

    private MigrationCost result(MigrationRequest r, QemuPreCopyRun run, double total, double downtime, double bytes,
                                 int syncs, boolean converged, String stop, double postcopyTime, double ceiling,
                                 double cap, double limit) {
        List<Double> roundsSent = run.roundBytes();
        int throttle = run.throttle();
        double syncTime = run.syncTime();
        double xbzrleHit = run.xbzrleHit();
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
