package org.clustercomposer.views.migration;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationRequest;

/**
 * One move to animate: what moves, from where to where, the request the analytical engine was asked and the cost it
 * answered. The animation draws the request's memory and shows the cost's numbers; it computes none of its own.
 *
 * @param kind         how it moves (pre-copy also covers cold and block moves: one paused pass, a disk copy first)
 * @param subject      the VM's or the application's name
 * @param modelName    the cost model's name, as {@code migration-cost} prints it
 * @param ssi          the SSI domain the VM is a member of, or the process runs in; null for a VM under no SSI
 * @param ssiMembers   how many members that domain has (0 when {@code ssi} is null)
 * @param remotePenalty the domain's remote-memory penalty (process migration's slowdown while pages are remote)
 * @param assumption   an input the design does not hold and the animation had to assume, said on screen; or null
 */
public record WatchedMove(Kind kind, String subject, String from, String to, MigrationRequest request,
                          MigrationCost cost, String modelName, String ssi, int ssiMembers, double remotePenalty,
                          String assumption) {

    /** The three ways a move is animated. */
    public enum Kind {
        PRE_COPY("pre-copy live migration"), POST_COPY("post-copy live migration"),
        PROCESS("SSI process migration");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public WatchedMove {
        if (kind == null || request == null || cost == null) {
            throw new IllegalArgumentException("a kind, a request and a cost are required");
        }
    }

    /** Whether the VM moving is a member of an SSI domain (the domain stays up while it moves). */
    public boolean underSsi() {
        return ssi != null && kind != Kind.PROCESS;
    }
}
