package org.clustercomposer.app.live;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a plan step by step, logging each one; at the first failure it undoes the steps already
 * done, last first, and logs those too. The outcome says whether the hosts ended as designed, as
 * they were, or (when an undo failed as well) neither, naming what is left to repair.
 */
public final class PushRunner {

    /** Receives every log line as it happens, with the fraction of the plan done. */
    public interface Log {
        void line(String text, double fraction);
    }

    /**
     * @param failure          the step's error, or null when every step ran
     * @param rollbackFailures undos that failed too (the hosts are then neither as designed nor as before)
     */
    public record Outcome(int stepsDone, String failure, List<String> rollbackFailures) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private PushRunner() {
    }

    public static Outcome run(PushPlan plan, Connections hosts, Log log) {
        if (!plan.canApply()) {
            throw new IllegalArgumentException("a plan with problems is never applied: " + plan.problems());
        }
        List<PushStep> steps = plan.steps();
        List<PushStep> done = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PushStep step = steps.get(i);
            String label = "step " + (i + 1) + "/" + steps.size() + ": " + step.describe();
            log.line(label + " ...", (double) i / steps.size());
            long t0 = System.nanoTime();
            try {
                step.apply(hosts);
            } catch (LiveHostException | RuntimeException e) {
                String why = e.getMessage();
                log.line(label + ": FAILED: " + why, (double) i / steps.size());
                return new Outcome(i, why, rollBack(done, hosts, log));
            }
            done.add(step);
            log.line(label + ": done in " + String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - t0) / 1e9),
                    (double) (i + 1) / steps.size());
        }
        return new Outcome(steps.size(), null, List.of());
    }

    private static List<String> rollBack(List<PushStep> done, Connections hosts, Log log) {
        List<String> failures = new ArrayList<>();
        for (int i = done.size() - 1; i >= 0; i--) {
            PushStep step = done.get(i);
            try {
                step.undo(hosts);
                log.line("rolled back: " + step.describe(), 1);
            } catch (LiveHostException | RuntimeException e) {
                String failure = "could not roll back \"" + step.describe() + "\": " + e.getMessage();
                failures.add(failure);
                log.line(failure, 1);
            }
        }
        return failures;
    }
}
