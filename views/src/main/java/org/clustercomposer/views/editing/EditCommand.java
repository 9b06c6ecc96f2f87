package org.clustercomposer.views.editing;

import java.util.Objects;
import java.util.function.UnaryOperator;

import org.clustercomposer.scenario.Scenario;

/**
 * One edit: turns a scenario into the next. Undo does not call back into the command; the
 * {@link CommandStack} keeps the previous value, so a command never needs an inverse.
 */
public interface EditCommand {

    /** What the edit does, for the Undo/Redo menu items ("Move 3 elements"). */
    String description();

    /**
     * The scenario after the edit.
     *
     * @throws IllegalArgumentException with a message for the user when the edit does not fit
     */
    Scenario apply(Scenario before);

    /**
     * Consecutive commands with the same non-null key merge into one undo step (the steps of one
     * drag, say). Null: never merges.
     */
    default String mergeKey() {
        return null;
    }

    static EditCommand of(String description, UnaryOperator<Scenario> change) {
        return new Simple(description, null, change);
    }

    static EditCommand merging(String description, String mergeKey, UnaryOperator<Scenario> change) {
        return new Simple(description, Objects.requireNonNull(mergeKey, "mergeKey"), change);
    }

    /** A command made of a description and a function. */
    record Simple(String description, String mergeKey, UnaryOperator<Scenario> change) implements EditCommand {
        public Simple {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(change, "change");
        }

        @Override
        public Scenario apply(Scenario before) {
            return change.apply(before);
        }
    }
}
