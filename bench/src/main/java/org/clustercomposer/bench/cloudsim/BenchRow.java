package org.clustercomposer.bench.cloudsim;

/** What both simulators do with the data centre in one row of the side-by-side table. */
public enum BenchRow {
    /** Each simulator's threshold consolidation (80 % / 20 %): the original row; they migrate differently. */
    CONSOLIDATION("threshold consolidation"),
    /** No migrations and no host switched off: both only step the utilization and integrate energy. */
    NONE("no consolidation"),
    /** Both replay one fixed {@link MoveScript}, nothing else moves and no host is switched off. */
    SAME_MIGRATIONS("same migrations");

    private final String label;

    BenchRow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
