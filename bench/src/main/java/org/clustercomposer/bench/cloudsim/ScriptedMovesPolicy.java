package org.clustercomposer.bench.cloudsim;

import java.util.List;

import org.clustercomposer.simulation.policy.Policy;
import org.clustercomposer.simulation.policy.PolicyContext;

/**
 * Replays a {@link MoveScript} in Cluster Composer's engine: at each step it starts that step's
 * moves and nothing else (no host is switched on or off). Moves the engine refuses are counted.
 */
final class ScriptedMovesPolicy implements Policy {

    private final List<List<MoveScript.Move>> byStep;
    private final double step;
    private long refused;

    ScriptedMovesPolicy(MoveScript script, double step) {
        this.byStep = script.byStep();
        this.step = step;
    }

    @Override
    public String name() {
        return "scripted-moves";
    }

    @Override
    public void apply(PolicyContext context) {
        int k = (int) Math.round(context.now() / step);
        if (k < 0 || k >= byStep.size()) {
            return;
        }
        for (MoveScript.Move move : byStep.get(k)) {
            if (!context.migrateVm(move.vm(), move.target())) {
                refused++;
            }
        }
    }

    long refused() {
        return refused;
    }
}
