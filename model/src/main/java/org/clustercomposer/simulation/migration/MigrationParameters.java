package org.clustercomposer.simulation.migration;

import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.PreCopyMigrationModel;
import org.clustercomposer.analysis.migration.TransferSettings;

/**
 * How the engine runs a pre-copy live migration: the same knobs, with the same meaning, as the
 * analytical {@link PreCopyMigrationModel}, so a lone migration costs the same in both engines.
 *
 * @param transfer          protocol efficiency, hypervisor bandwidth cap, switchover pause
 * @param downtimeLimit     stop-and-copy once what is left would take at most this long
 * @param maxRounds         copy rounds before stop-and-copy is forced (the final one included)
 * @param minRemainingBytes stop-and-copy once at most this much is left, whatever the limit
 * @param maxSentFactor     stop-and-copy once this many times the memory has been sent
 */
public record MigrationParameters(TransferSettings transfer, double downtimeLimit, int maxRounds,
                                  double minRemainingBytes, double maxSentFactor) {

    public MigrationParameters {
        if (transfer == null) {
            throw new IllegalArgumentException("transfer settings are required");
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be >= 1: " + maxRounds);
        }
        if (!(downtimeLimit >= 0) || !(minRemainingBytes >= 0) || !(maxSentFactor >= 1)) {
            throw new IllegalArgumentException("downtimeLimit and minRemainingBytes must be >= 0, maxSentFactor >= 1");
        }
    }

    /** The analytical model's defaults: TCP over Ethernet, 300 ms downtime limit, 30 rounds. */
    public static MigrationParameters defaults() {
        return new MigrationParameters(TransferSettings.standard(), MigrationRequest.DEFAULT_DOWNTIME_LIMIT,
                MigrationRequest.DEFAULT_MAX_ROUNDS, 0, Double.POSITIVE_INFINITY);
    }

    /** The analytical model with these settings (for explanations and cross-checks). */
    public PreCopyMigrationModel model() {
        return new PreCopyMigrationModel(new PreCopyMigrationModel.Settings(transfer, minRemainingBytes, maxSentFactor));
    }

    /** The analytical request for a move at a given line rate. */
    public MigrationRequest request(double memory, double dirtyRate, double writableWorkingSet, double lineRate) {
        return new MigrationRequest(memory, dirtyRate, writableWorkingSet, lineRate, downtimeLimit, maxRounds, 0, true);
    }

    /** Whether what is left may be sent with the guest paused, at {@code payloadRate} bytes/s. */
    boolean fitsDowntime(double remaining, double payloadRate) {
        return remaining / payloadRate <= downtimeLimit || remaining <= minRemainingBytes;
    }
}
