package org.clustercomposer.lesson;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Where a student is in a lesson: the step shown, which steps passed their checks, how many hints
 * of the current step were asked for. A step can be left forward only once its check passed.
 */
public final class LessonProgress {

    private final Lesson lesson;
    private final BitSet passed = new BitSet();
    private int current;
    private int hintsShown;
    private CheckResult last;

    public LessonProgress(Lesson lesson) {
        if (lesson.steps().isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
        this.lesson = lesson;
    }

    public Lesson lesson() {
        return lesson;
    }

    public int index() {
        return current;
    }

    public LessonStep step() {
        return lesson.steps().get(current);
    }

    /** Verifies the current step on the editor's state; a pass is kept. */
    public CheckResult check(LessonState state) {
        last = step().check().verify(state);
        if (last.passed()) {
            passed.set(current);
        }
        return last;
    }

    /** The result of the last check of this step, or null when it was not checked since it showed. */
    public CheckResult lastResult() {
        return last;
    }

    public boolean passed(int step) {
        return passed.get(step);
    }

    public boolean canGoNext() {
        return passed.get(current) && current + 1 < lesson.steps().size();
    }

    public boolean canGoBack() {
        return current > 0;
    }

    public void next() {
        if (!canGoNext()) {
            throw new IllegalStateException("step " + (current + 1) + " has not passed its check");
        }
        go(current + 1);
    }

    public void back() {
        if (canGoBack()) {
            go(current - 1);
        }
    }

    private void go(int step) {
        current = step;
        hintsShown = 0;
        last = null;
    }

    /** The hints asked for so far, one more each call, up to all of them. */
    public List<String> nextHint() {
        hintsShown = Math.min(hintsShown + 1, step().hints().size());
        return hints();
    }

    public List<String> hints() {
        return new ArrayList<>(step().hints().subList(0, hintsShown));
    }

    public boolean hasMoreHints() {
        return hintsShown < step().hints().size();
    }

    /** Steps passed, out of all. */
    public int passedCount() {
        return passed.cardinality();
    }

    /** Every step passed its check. */
    public boolean finished() {
        return passed.cardinality() == lesson.steps().size();
    }

    /** "Step 2 of 5 · 1 done". */
    public String describe() {
        return "Step " + (current + 1) + " of " + lesson.steps().size() + " · " + passedCount() + " done";
    }
}
