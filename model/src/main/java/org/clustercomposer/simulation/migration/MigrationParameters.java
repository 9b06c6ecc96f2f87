package org.clustercomposer.simulation.migration;

/**
 * How the engine runs a pre-copy live migration.
 *
 * @param maxRounds      pre-copy rounds before stop-and-copy is forced
 * @param stopCopyBytes  stop iterating once the pages left to send are at most this many bytes
 * @param resumeTime     seconds to restart the VM on the target after the last copy
 */
public record MigrationParameters(int maxRounds, double stopCopyBytes, double resumeTime) {

    public MigrationParameters {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be >= 1: " + maxRounds);
        }
        if (!(stopCopyBytes >= 0) || !(resumeTime >= 0)) {
            throw new IllegalArgumentException("stopCopyBytes and resumeTime must be >= 0");
        }
    }

    /** Xen/KVM-like defaults: 30 rounds, stop under 1 MiB left, 20 ms to resume. */
    public static MigrationParameters defaults() {
        return new MigrationParameters(30, 1 << 20, 0.020);
    }
}
