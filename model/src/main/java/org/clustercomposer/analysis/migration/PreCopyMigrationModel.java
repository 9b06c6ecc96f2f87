package org.clustercomposer.analysis.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * Iterative pre-copy live migration (Clark et al., NSDI 2005; QEMU/KVM and Xen both work this
 * way). Round 1 sends all memory while the guest runs (all-zero pages as QEMU's markers, see
 * {@link MigrationRequest#fullCopyBytes()}); each later round sends the pages dirtied
 * during the previous round; the guest is paused for the last round (stop-and-copy).
 *
 * <p>Data dirtied during a round of length t is min(dirtyRate * t, WWS): a page written again
 * within the writable working set is sent once per round, so the hot set bounds it.
 *
 * <p>Stop conditions, checked before each new round:
 * <ol>
 *   <li>converged: what remains fits in the downtime limit (remaining / B &lt;= downtimeLimit), or
 *       is below {@link Settings#minRemainingBytes} (Xen: fewer than 50 pages);</li>
 *   <li>round limit: {@code maxRounds} reached (Xen: 29 iterations + the final one = 30);</li>
 *   <li>no progress: the next round would not be smaller than this one (dirty rate at or above
 *       the bandwidth, or the hot set reached);</li>
 *   <li>too much sent: total sent above {@link Settings#maxSentFactor} times memory (Xen: 3).</li>
 * </ol>
 * Stops 2-4 force the final copy: the migration completes but {@code converged} is false and the
 * downtime exceeds the limit. (QEMU itself would keep iterating; a forced switchover is what an
 * operator or auto-converge/post-copy does then.)
 */
public final class PreCopyMigrationModel implements MigrationCostModel {

    /**
     * @param transfer          line efficiency, hypervisor cap and switchover time
     * @param minRemainingBytes stop when less than this remains, whatever the downtime limit
     * @param maxSentFactor     stop when more than this many times memory has been sent
     */
    public record Settings(TransferSettings transfer, double minRemainingBytes, double maxSentFactor) {
        public Settings {
            if (transfer == null) {
                throw new IllegalArgumentException("transfer settings are required");
            }
            if (!(minRemainingBytes >= 0)) {
                throw new IllegalArgumentException("min remaining bytes must be zero or more");
            }
            if (!(maxSentFactor >= 1)) {
                throw new IllegalArgumentException("max sent factor must be at least 1, got " + maxSentFactor);
            }
        }
    }

    /** Xen's page size and last-iteration threshold: stop when fewer than 50 pages were dirtied. */
    static final double XEN_MIN_REMAINING = 50 * 4096.0;
    /** Xen's max_factor = 3: stop after sending three times the guest's memory (xc_domain_save.c). */
    static final double XEN_MAX_SENT_FACTOR = 3;

    private final Settings settings;

    public PreCopyMigrationModel(Settings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
    }

    /** TCP over Ethernet at line rate, no hypervisor cap; the request's limits decide. */
    public PreCopyMigrationModel() {
        this(new Settings(TransferSettings.standard(), 0, Double.POSITIVE_INFINITY));
    }

    /** QEMU/KVM defaults: 128 MiB/s cap; the request carries the 300 ms downtime limit. */
    public static PreCopyMigrationModel qemu() {
        return new PreCopyMigrationModel(new Settings(TransferSettings.qemuDefaults(), 0, Double.POSITIVE_INFINITY));
    }

    /** Xen defaults: no cap, last round when fewer than 50 pages are dirty or after sending 3x memory. */
    public static PreCopyMigrationModel xen() {
        return new PreCopyMigrationModel(new Settings(TransferSettings.standard(), XEN_MIN_REMAINING,
                XEN_MAX_SENT_FACTOR));
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public String name() {
        return "pre-copy live migration";
    }

    @Override
    public MigrationCost cost(MigrationRequest request) {
        TransferSettings transfer = settings.transfer();
        double b = transfer.effectiveBandwidth(request.bandwidth());
        double hotSet = request.dirtyBound();
        double toSend = request.fullCopyBytes();
        double elapsed = 0;
        double sent = 0;
        int round = 1;
        List<Double> perRound = new ArrayList<>();
        String stop;
        while (true) {
            double roundTime = toSend / b;
            if (fitsDowntime(toSend, b, request)) {
                stop = "converged: the last " + Quantities.display(toSend, Dimension.SIZE) + " ("
                        + Quantities.display(roundTime, Dimension.DURATION) + " of copy) fits the downtime limit, "
                        + "as QEMU checks it; the pause adds the switchover";
                break;
            }
            if (round >= request.maxRounds()) {
                stop = "round limit " + request.maxRounds() + " reached";
                break;
            }
            double next = Math.min(request.dirtyRate() * roundTime, hotSet);
            if (next >= toSend) {
                stop = "no progress: round " + (round + 1) + " would send " + Quantities.display(next, Dimension.SIZE)
                        + ", not less than " + Quantities.display(toSend, Dimension.SIZE);
                break;
            }
            if (sent + toSend > settings.maxSentFactor() * request.memory()) {
                stop = "sent more than " + fmt(settings.maxSentFactor()) + "x memory";
                break;
            }
            elapsed += roundTime;
            sent += toSend;
            perRound.add(toSend);
            toSend = next;
            round++;
        }
        boolean converged = fitsDowntime(toSend, b, request);
        double downtime = toSend / b + transfer.switchoverSeconds();
        double total = elapsed + downtime;
        sent += toSend;
        perRound.add(toSend);
        return new MigrationCost(total, downtime, sent, round, converged,
                explain(request, round, elapsed, downtime, stop), perRound);
    }

    private boolean fitsDowntime(double remaining, double b, MigrationRequest request) {
        return remaining / b <= request.downtimeLimit() || remaining <= settings.minRemainingBytes();
    }

    private Explanation explain(MigrationRequest r, int rounds, double liveSeconds, double downtime, String stop) {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(TransferSettings.memoryInputs(r));
        inputs.add(Input.of("dirty rate D", r.dirtyRate(), Dimension.DATA_RATE));
        inputs.add(Input.of("hot set W", r.dirtyBound(), Dimension.SIZE));
        inputs.addAll(settings.transfer().pathInputs(r.bandwidth()));
        inputs.add(Input.of("downtime limit", r.downtimeLimit(), Dimension.DURATION));
        inputs.add(Input.count("max rounds", r.maxRounds()));
        inputs.add(Input.count("rounds", rounds));
        inputs.add(Input.of("live copy", liveSeconds, Dimension.DURATION));
        inputs.add(Input.of("downtime", downtime, Dimension.DURATION));
        return new Explanation(name(),
                "V1 = M, zero pages as 9-byte markers; V(i+1) = min(D * V(i) / B, W); stop-and-copy the last V; "
                        + "total = sum V(i) / B + switchover; downtime = V(last) / B + switchover",
                inputs, List.of(stop));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
