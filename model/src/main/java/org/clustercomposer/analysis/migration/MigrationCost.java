package org.clustercomposer.analysis.migration;

import org.clustercomposer.analysis.Explanation;

/**
 * What one move costs.
 *
 * @param totalSeconds    from the start of the migration until the guest runs only on the destination
 * @param downtimeSeconds how long the guest is paused (not running anywhere)
 * @param bytesSent       bytes put on the network, payload (memory, disk, state)
 * @param rounds          copy rounds, the final stop-and-copy included
 * @param converged       pre-copy: whether the final copy fitted in the downtime limit (false: forced
 *                        stop-and-copy); methods that do not iterate always complete (true)
 */
public record MigrationCost(double totalSeconds, double downtimeSeconds, double bytesSent, int rounds,
                            boolean converged, Explanation explanation) {

    public MigrationCost {
        if (downtimeSeconds > totalSeconds + 1e-12) {
            throw new IllegalArgumentException("downtime " + downtimeSeconds + " s exceeds total " + totalSeconds + " s");
        }
    }
}
