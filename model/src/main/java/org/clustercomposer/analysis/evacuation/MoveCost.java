package org.clustercomposer.analysis.evacuation;

import java.util.List;

import org.clustercomposer.analysis.migration.MigrationCost;

/**
 * What one move of a plan costs when it runs alongside the others.
 *
 * @param bandwidth   bytes/s this move gets: its path's slowest share after other traffic and the
 *                    other moves crossing the same links in the same direction
 * @param sharedWith  how many moves (itself included) share its busiest link
 * @param path        link ids from source to destination
 * @param finishSeconds when the move completes, from the start of the plan, with bandwidth handed
 *                    back by the moves that finish before it
 */
public record MoveCost(Move move, MigrationCost cost, double bandwidth, int sharedWith, List<String> path,
                       double finishSeconds) {
    public MoveCost {
        path = List.copyOf(path);
    }
}
