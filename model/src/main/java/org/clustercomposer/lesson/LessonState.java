package org.clustercomposer.lesson;

import java.util.Objects;
import java.util.Set;

import org.clustercomposer.scenario.Scenario;

/**
 * What a check can see of the editor at the moment the student asks for it: a plain value the
 * window fills in, so checks run (and are tested) without JavaFX.
 *
 * @param scenario        the design as it is now
 * @param selection       the ids selected
 * @param hiddenLayers    the layers hidden in View › Layers
 * @param simulated       the design of the last finished simulation run, or null when none ran
 * @param migrationShown  the VM whose predicted migration costs (Migrate to…) were shown during this step, or null
 * @param answer          what the student typed in the lesson's answer field ("" for nothing)
 */
public record LessonState(Scenario scenario, Set<String> selection, Set<Layer> hiddenLayers, Scenario simulated,
                          String migrationShown, String answer) {

    public LessonState {
        Objects.requireNonNull(scenario, "scenario");
        selection = Set.copyOf(selection);
        hiddenLayers = Set.copyOf(hiddenLayers);
        answer = answer == null ? "" : answer;
    }

    /** A design with nothing selected, hidden, run, shown or typed. */
    public static LessonState of(Scenario scenario) {
        return new LessonState(scenario, Set.of(), Set.of(), null, null, "");
    }

    public LessonState withScenario(Scenario s) {
        return new LessonState(s, selection, hiddenLayers, simulated, migrationShown, answer);
    }

    public LessonState withSelection(Set<String> ids) {
        return new LessonState(scenario, ids, hiddenLayers, simulated, migrationShown, answer);
    }

    public LessonState withHiddenLayers(Set<Layer> layers) {
        return new LessonState(scenario, selection, layers, simulated, migrationShown, answer);
    }

    public LessonState withSimulated(Scenario s) {
        return new LessonState(scenario, selection, hiddenLayers, s, migrationShown, answer);
    }

    public LessonState withMigrationShown(String vm) {
        return new LessonState(scenario, selection, hiddenLayers, simulated, vm, answer);
    }

    public LessonState withAnswer(String text) {
        return new LessonState(scenario, selection, hiddenLayers, simulated, migrationShown, text);
    }
}
