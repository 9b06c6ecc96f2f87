package org.clustercomposer.views.migration;

/**
 * One frame of a migration's animation: what phase it is in, every cell's state, the caption that says what
 * happens, where the guest runs and, under an SSI, the domain's state.
 *
 * @param pass          index into {@link MigrationScript#passes()} of the copy pass under way, or -1
 * @param passBytesSent the engine's bytes for that pass times the share of its cells sent so far
 * @param ssiState      the SSI domain's state in this frame, or null when no SSI is involved
 */
public record MigrationFrame(Phase phase, int pass, double passBytesSent, byte[] cells, String caption, Where where,
                             String ssiState) {

    /** What the migration is doing. */
    public enum Phase { START, DISK_COPY, LIVE_COPY, DIRTY_LOG_SYNC, STOP_AND_COPY, SWITCH, PULL, FREEZE, TRANSFER,
        REMOTE_PAGING, DONE }

    /** Where the guest (or process) runs. */
    public enum Where {
        SOURCE("running on the source"), PAUSED("paused: running nowhere"), FROZEN("frozen: running nowhere"),
        DESTINATION("running on the destination");

        private final String label;

        Where(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PageState state(int cell) {
        return PageState.of(cells[cell]);
    }

    /** How many cells are in a state. */
    public int count(PageState s) {
        int n = 0;
        for (byte b : cells) {
            if (b == s.code()) {
                n++;
            }
        }
        return n;
    }
}
