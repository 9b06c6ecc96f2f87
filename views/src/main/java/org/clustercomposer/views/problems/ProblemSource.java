package org.clustercomposer.views.problems;

import java.util.List;

import org.clustercomposer.scenario.Scenario;

/** Finds what is wrong with a scenario (the validator); element ids are filled in by the panel. */
@FunctionalInterface
public interface ProblemSource {
    List<ProblemItem> check(Scenario scenario);
}
