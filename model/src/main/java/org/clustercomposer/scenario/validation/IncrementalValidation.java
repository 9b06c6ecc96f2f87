package org.clustercomposer.scenario.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.ScenarioChange;

/**
 * Validates each scenario from what the previous call left, for the editor: the Problems panel and
 * the predictor ask for the same scenario after an edit and share one result, and after an
 * in-place edit ({@link ScenarioChange#inPlace}: records replaced, no element added, removed or
 * renamed) only the replaced elements' own rules run again. The result always equals
 * {@link ScenarioValidator#validate(Scenario)}. Safe to call from several threads.
 */
public final class IncrementalValidation {

    private Validation last;
    private String lastFullReason;

    /** Every problem of {@code scenario}, in file order (an unmodifiable list). */
    public synchronized List<Problem> validate(Scenario scenario) {
        if (last != null && last.scenario() == scenario) {
            return last.problems();
        }
        ScenarioChange change = last == null ? null : ScenarioChange.between(last.scenario(), scenario);
        if (change == null || !change.inPlace()) {
            lastFullReason = change == null ? "first validation" : "elements added, removed or renamed";
            last = Validation.full(scenario, Set.of());
        } else {
            Map<ElementKind, int[]> replaced = new EnumMap<>(ElementKind.class);
            for (ElementKind kind : ElementKind.values()) {
                replaced.put(kind, change.replaced(kind));
            }
            lastFullReason = null;
            last = last.next(scenario, replaced);
        }
        return last.problems();
    }

    /** Why the last new scenario was validated whole; empty when only its replaced elements were. */
    public synchronized Optional<String> lastFullValidationReason() {
        return Optional.ofNullable(lastFullReason);
    }
}
