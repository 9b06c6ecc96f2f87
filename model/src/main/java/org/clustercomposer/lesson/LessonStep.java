package org.clustercomposer.lesson;

import java.util.List;
import java.util.Objects;

/**
 * One step of a lesson.
 *
 * @param text      what the step explains, in a few sentences
 * @param highlight the ids of the elements the canvas rings while the step shows
 * @param action    what the student does
 * @param check     what the tool verifies before the step counts as done
 * @param hints     shown one at a time, on request
 */
public record LessonStep(String text, List<String> highlight, StudentAction action, Check check, List<String> hints) {

    public LessonStep {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(check, "check");
        highlight = List.copyOf(highlight);
        hints = List.copyOf(hints);
    }
}
