package org.clustercomposer.analysis.migration;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.units.Dimension;

/**
 * SSI process migration (MOSIX/openMosix, Kerrighed): freeze the process, send its address space
 * and open state (registers, file descriptors, signal and socket state), resume it on the
 * destination. The process is frozen for the whole transfer, so downtime equals total time.
 *
 * <p>{@link Transfer#WHOLE_ADDRESS_SPACE} copies all of the request's memory (openMosix). With
 * {@link Transfer#DIRTY_PAGES_ONLY} only the written pages move (the writable working set, or all
 * memory when unknown); clean pages stay behind at the home node and are fetched on demand
 * (MOSIX home-node model, Kerrighed's distributed memory), which makes the freeze short but leaves
 * a remote-memory penalty: see {@link #slowdown}.
 *
 * <p>The request's memory is the process's address space; its dirty rate is ignored (frozen).
 */
public final class ProcessMigrationModel implements MigrationCostModel {

    /** What crosses the network while the process is frozen. */
    public enum Transfer { WHOLE_ADDRESS_SPACE, DIRTY_PAGES_ONLY }

    /**
     * @param transfer       line efficiency and the resume (switchover) time
     * @param freezeSeconds  stopping the process and capturing its kernel state (order of a
     *                       millisecond: a signal delivery and a walk over its task structures)
     * @param openStateBytes registers, descriptor table, signal and socket state (kilobytes)
     */
    public record Settings(TransferSettings transfer, double freezeSeconds, double openStateBytes, Transfer mode) {
        public Settings {
            if (transfer == null || mode == null) {
                throw new IllegalArgumentException("transfer settings and a mode are required");
            }
            if (!(freezeSeconds >= 0) || !(openStateBytes >= 0)) {
                throw new IllegalArgumentException("freeze time and open state must be zero or more");
            }
        }
    }

    /** 1 ms to freeze, 16 KiB of open state: orders of magnitude, not fitted to any measurement. */
    public static final double DEFAULT_FREEZE_SECONDS = 0.001;
    public static final double DEFAULT_OPEN_STATE_BYTES = 16 * 1024;

    private final Settings settings;

    public ProcessMigrationModel(Settings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
    }

    /** Kerrighed/MOSIX-like: only dirty pages move; clean ones are fetched from home later. */
    public static ProcessMigrationModel lazy() {
        return new ProcessMigrationModel(new Settings(TransferSettings.standard(), DEFAULT_FREEZE_SECONDS,
                DEFAULT_OPEN_STATE_BYTES, Transfer.DIRTY_PAGES_ONLY));
    }

    /** openMosix-like: the whole address space moves while the process is frozen. */
    public static ProcessMigrationModel eager() {
        return new ProcessMigrationModel(new Settings(TransferSettings.standard(), DEFAULT_FREEZE_SECONDS,
                DEFAULT_OPEN_STATE_BYTES, Transfer.WHOLE_ADDRESS_SPACE));
    }

    @Override
    public String name() {
        return "SSI process migration";
    }

    @Override
    public MigrationCost cost(MigrationRequest request) {
        TransferSettings t = settings.transfer();
        double pages = pagesSent(request);
        double bytes = pages + settings.openStateBytes();
        double total = settings.freezeSeconds() + bytes / t.effectiveBandwidth(request.bandwidth())
                + t.switchoverSeconds();
        double left = remoteFraction(request);
        List<Input> inputs = new ArrayList<>();
        inputs.add(Input.of("address space", request.memory(), Dimension.SIZE));
        inputs.add(Input.of("pages sent", pages, Dimension.SIZE));
        inputs.add(Input.of("open state", settings.openStateBytes(), Dimension.SIZE));
        inputs.add(Input.of("freeze", settings.freezeSeconds(), Dimension.DURATION));
        inputs.addAll(t.pathInputs(request.bandwidth()));
        inputs.add(Input.fraction("pages left at home", left));
        Explanation why = new Explanation(name(),
                "downtime = total = freeze + (pages + open state) / B + resume", inputs,
                List.of(left > 0 ? "clean pages stay behind and are fetched on demand: remote-memory penalty"
                        : "the whole address space moves; no pages stay behind"));
        return new MigrationCost(total, total, bytes, 1, true, why);
    }

    private double pagesSent(MigrationRequest request) {
        return settings.mode() == Transfer.WHOLE_ADDRESS_SPACE ? request.memory() : request.dirtyBound();
    }

    /** Share of the address space left behind at the source (home node) after the move. */
    public double remoteFraction(MigrationRequest request) {
        return 1 - pagesSent(request) / request.memory();
    }

    /**
     * How much slower a process runs while a fraction of its pages is remote: 1 + penalty * fraction
     * (a penalty of 0.3 means a fully remote process runs 30 % slower, as {@code SsiDomain} defines it).
     */
    public static double slowdown(double remoteFraction, double remoteMemoryPenalty) {
        if (remoteFraction < 0 || remoteFraction > 1 || remoteMemoryPenalty < 0) {
            throw new IllegalArgumentException("remote fraction must be in [0, 1] and the penalty zero or more");
        }
        return 1 + remoteMemoryPenalty * remoteFraction;
    }
}
