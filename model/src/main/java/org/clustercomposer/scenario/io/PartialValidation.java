package org.clustercomposer.scenario.io;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ScenarioValidator;

/**
 * Validates a scenario whose file had field problems, so one run reports everything: the reader
 * put placeholders where it could not read a value, and the validator is told those paths, so it
 * neither repeats a reading problem nor derives one from a placeholder.
 */
final class PartialValidation {

    /** A list that is not an array, or an element that is not an object: it was left out, so later indexes shifted. */
    private static final Pattern DROPPED = Pattern.compile(
            "/(hosts|switches|links|storages|vms|ssiDomains|applications)(/\\d+)?");

    private PartialValidation() {
    }

    /**
     * The validation problems of {@code scenario}, read with {@code readingProblems}; none when an
     * element was left out (paths and references would be wrong).
     */
    static List<Problem> problems(Scenario scenario, List<Problem> readingProblems) {
        Set<String> unread = new HashSet<>();
        for (Problem p : readingProblems) {
            if (FieldReader.isUnknownField(p)) {
                continue; // its value was never used
            }
            if (DROPPED.matcher(p.path()).matches()) {
                return List.of();
            }
            unread.add(p.path());
        }
        return ScenarioValidator.validate(scenario, unread);
    }
}
