package org.clustercomposer.simulation.migration;

/**
 * One migration as it happened.
 *
 * @param kind     "vm" (QEMU live pre-copy) or "process" (SSI process migration, frozen while it moves)
 * @param downtime seconds the subject did not run (the paused copy, switchover and zero-page scan; post-copy's
 *                 switchover; or the freeze)
 * @param bytes    bytes sent, counted as {@code migration-cost} counts them (the local disk included when copied); for
 *                 an aborted migration, the bytes its flows carried
 * @param rounds   QEMU's dirty-log syncs, and the paused copy when the guest converged, as {@code migration-cost}
 *                 counts rounds (1 for a process)
 * @param outcome  "completed", or "aborted" when a failure cut it short
 * @param cause    what started it: the policy's name (e.g. "consolidation") or {@link #MAINTENANCE}
 */
public record MigrationRecord(int id, String kind, String subject, String from, String to, double start,
                              double end, double downtime, double bytes, int rounds, String outcome,
                              String cause) {

    /** The cause of the moves that drain a host for planned maintenance. */
    public static final String MAINTENANCE = "maintenance";

    public double duration() {
        return end - start;
    }
}
