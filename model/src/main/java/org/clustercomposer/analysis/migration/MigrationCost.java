package org.clustercomposer.analysis.migration;

import java.util.List;

import org.clustercomposer.analysis.Explanation;

/**
 * What one move costs.
 *
 * @param totalSeconds    from the start of the migration until the guest runs only on the destination
 * @param downtimeSeconds how long the guest is paused (not running anywhere)
 * @param bytesSent       bytes put on the network, payload (memory, disk, state)
 * @param rounds          copy rounds, the final stop-and-copy included; for QEMU's pre-copy model the
 *                        dirty-log syncs (QEMU's {@code dirty-sync-count}, which is how QEMU counts
 *                        iterations: near the convergence edge it syncs several times within one pass,
 *                        so this can exceed the passes in {@code roundBytes})
 * @param converged       pre-copy: whether the final copy fitted in the downtime limit (false: forced
 *                        stop-and-copy); methods that do not iterate always complete (true)
 * @param roundBytes      memory bytes sent in each copy round, the stop-and-copy last (pre-copy); one
 *                        entry, all the data, for methods that do not iterate
 */
public record MigrationCost(double totalSeconds, double downtimeSeconds, double bytesSent, int rounds,
                            boolean converged, Explanation explanation, List<Double> roundBytes) {

    /** A cost whose data goes in one pass. */
    public MigrationCost(double totalSeconds, double downtimeSeconds, double bytesSent, int rounds, boolean converged,
                         Explanation explanation) {
        this(totalSeconds, downtimeSeconds, bytesSent, rounds, converged, explanation, List.of(bytesSent));
    }

    public MigrationCost {
        roundBytes = List.copyOf(roundBytes);
        if (downtimeSeconds > totalSeconds + 1e-12) {
            throw new IllegalArgumentException("downtime " + downtimeSeconds + " s exceeds total " + totalSeconds + " s");
        }
    }
}
