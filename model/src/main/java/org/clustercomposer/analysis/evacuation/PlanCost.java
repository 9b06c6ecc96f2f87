package org.clustercomposer.analysis.evacuation;

import java.util.List;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.scenario.Scenario;

/**
 * A migration plan's cost when all its moves start together.
 *
 * @param moves        the moves that run, with their costs
 * @param refused      moves that cannot run, each with the reason ("vm7: no host has 32 GiB free")
 * @param totalSeconds until the last move completes (makespan)
 * @param bytesSent    over all moves
 * @param after        the scenario with the moves applied, to analyze the result
 * @param notes        what the plan changes beyond its moves ("h1 leaves SSI domain ssi1: ...")
 */
public record PlanCost(List<MoveCost> moves, List<String> refused, double totalSeconds, double bytesSent,
                       double maxDowntimeSeconds, Scenario after, Explanation explanation, List<String> notes) {
    public PlanCost {
        moves = List.copyOf(moves);
        refused = List.copyOf(refused);
        notes = List.copyOf(notes);
    }

    PlanCost withNotes(List<String> more) {
        return new PlanCost(moves, refused, totalSeconds, bytesSent, maxDowntimeSeconds, after, explanation, more);
    }
}
