package org.clustercomposer.views.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.clustercomposer.scenario.Scenario;

/**
 * Undo and redo over immutable scenarios. Each step keeps the value before and after, so undo
 * restores exactly what was there. A revision counter tells "unsaved" apart from "edited and
 * edited back": the document is clean when the step on top is the one that was saved.
 * Plain JavaFX properties, no toolkit needed.
 */
public final class CommandStack {

    /** Enough for a long session; old steps fall off the bottom beyond it. */
    public static final int DEFAULT_LIMIT = 1000;

    private record Step(long id, String description, String mergeKey, Scenario before, Scenario after) {
    }

    private final int limit;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Scenario> scenario;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private long nextStepId = 1;
    /** Id of the step on top when last saved; 0 for "nothing done"; -1 when that step fell off. */
    private long savedStepId;
    private boolean executing;

    public CommandStack(Scenario initial) {
        this(initial, DEFAULT_LIMIT);
    }

    public CommandStack(Scenario initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.limit = limit;
        this.scenario = new ReadOnlyObjectWrapper<>(this, "scenario", Objects.requireNonNull(initial, "initial"));
    }

    /**
     * Runs a command and records it. Returns false when it changed nothing (no step recorded).
     *
     * @throws IllegalArgumentException from the command, leaving everything as it was
     * @throws IllegalStateException    when called from inside a running command
     */
    public boolean execute(EditCommand command) {
        Objects.requireNonNull(command, "command");
        if (executing) {
            throw new IllegalStateException("a command may not run another command: " + command.description());
        }
        Scenario before = current();
        Scenario after;
        executing = true;
        try {
            after = Objects.requireNonNull(command.apply(before), "a command returned no scenario");
        } finally {
            executing = false;
        }
        if (after == before) {
            return false;
        }
        Step top = done.peek();
        if (top != null && command.mergeKey() != null && command.mergeKey().equals(top.mergeKey())
                && top.id() != savedStepId) {
            done.pop();
            done.push(new Step(nextStepId++, command.description(), command.mergeKey(), top.before(), after));
        } else {
            done.push(new Step(nextStepId++, command.description(), command.mergeKey(), before, after));
            if (done.size() > limit) {
                Step dropped = done.removeLast();
                if (dropped.id() == savedStepId) {
                    savedStepId = -1;
                }
            }
        }
        undone.clear();
        changed(after);
        return true;
    }

    public boolean undo() {
        Step step = done.poll();
        if (step == null) {
            return false;
        }
        undone.push(step);
        changed(step.before());
        return true;
    }

    public boolean redo() {
        Step step = undone.poll();
        if (step == null) {
            return false;
        }
        // A redone step must not merge with the next edit: give it a fresh key-less identity.
        done.push(new Step(step.id(), step.description(), null, step.before(), step.after()));
        changed(step.after());
        return true;
    }

    /** Marks the current value as saved: the document is clean until the next change. */
    public void markSaved() {
        Step top = done.peek();
        savedStepId = top == null ? 0 : top.id();
        refresh();
    }

    /** Starts over with a new document: no history, clean. */
    public void reset(Scenario fresh) {
        done.clear();
        undone.clear();
        savedStepId = 0;
        changed(Objects.requireNonNull(fresh, "fresh"));
    }

    /** Starts over with a value that is not saved anywhere (a recovered file, a sample). */
    public void resetUnsaved(Scenario fresh) {
        reset(fresh);
        savedStepId = -1;
        refresh();
    }

    private void changed(Scenario value) {
        // The value first: whoever listens to the revision must read the scenario it stands for.
        scenario.set(value);
        revision.set(revision.get() + 1);
        refresh();
    }

    private void refresh() {
        Step top = done.peek();
        dirty.set((top == null ? 0 : top.id()) != savedStepId);
        canUndo.set(top != null);
        canRedo.set(!undone.isEmpty());
        undoDescription.set(top == null ? "" : top.description());
        redoDescription.set(undone.isEmpty() ? "" : undone.peek().description());
    }

    public Scenario current() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** Goes up by one on every change of the current value, including undo and redo. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long revision() {
        return revision.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public int undoSize() {
        return done.size();
    }
}
