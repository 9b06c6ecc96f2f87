package org.clustercomposer.simulation.migration;

/**
 * One migration as it happened.
 *
 * @param kind     "vm" (live pre-copy) or "process" (SSI process migration, frozen while it moves)
 * @param downtime seconds the subject did not run (stop-and-copy plus resume, or the freeze)
 * @param bytes    bytes sent over the network
 * @param rounds   pre-copy rounds, including the stop-and-copy (1 for a process)
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
