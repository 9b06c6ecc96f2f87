package org.clustercomposer.lesson;

import java.util.List;
import java.util.Objects;

import org.clustercomposer.scenario.Scenario;

/**
 * A lesson: a design to start from and the steps a student goes through on it (docs/lessons.md).
 *
 * @param id             short and stable, for {@code cluster-composer edit --lesson ID}
 * @param title          as the lesson list shows it
 * @param summary        what the student will have seen at the end, in a sentence or two
 * @param scenarioSource the sample file the design comes from ("ssi-over-vms.json"), or null when the
 *                       lesson file holds the design itself (recorded lessons)
 * @param scenario       the design the lesson starts from
 * @param steps          at least one
 */
public record Lesson(String id, String title, String summary, String scenarioSource, Scenario scenario,
                     List<LessonStep> steps) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        summary = summary == null ? "" : summary;
        steps = List.copyOf(steps);
    }
}
