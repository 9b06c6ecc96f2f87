package org.clustercomposer.analysis.migration;

/**
 * Predicts what moving a VM (or a process) costs: total time, downtime, data sent. One class per
 * method (pre-copy, post-copy, stop-and-copy, SSI process migration). Implementations are
 * immutable and thread-safe; {@link #cost} is pure and takes microseconds.
 */
public interface MigrationCostModel {

    /** A short name for the method, as shown in explanations ("pre-copy live migration"). */
    String name();

    MigrationCost cost(MigrationRequest request);
}
