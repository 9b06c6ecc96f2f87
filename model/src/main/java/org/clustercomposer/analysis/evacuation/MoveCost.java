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
 */
public record MoveCost(Move move, MigrationCost cost, double bandwidth, int sharedWith, List<String> path) {
    public MoveCost {
        path = List.copyOf(path);
    }
}
