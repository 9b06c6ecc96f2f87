package org.clustercomposer.app.live;

import java.util.List;

/**
 * What a push would do: the steps in the order they run, what it leaves alone, and the problems
 * that stop it (a design the live hosts cannot hold). A plan with problems is never applied.
 */
public record PushPlan(List<PushStep> steps, List<String> leftAlone, List<String> problems) {

    public PushPlan {
        steps = List.copyOf(steps);
        leftAlone = List.copyOf(leftAlone);
        problems = List.copyOf(problems);
    }

    public boolean canApply() {
        return problems.isEmpty();
    }

    public boolean changesNothing() {
        return steps.isEmpty();
    }
}
