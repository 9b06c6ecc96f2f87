package org.clustercomposer.views.problems;

import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.editing.ScenarioEditor;

/**
 * The problems of the current design, re-checked after every edit. Choosing one selects the
 * element its JSON path points into.
 */
public final class ProblemsViewModel {

    private final ScenarioEditor editor;
    private final ProblemSource source;
    private final ReadOnlyObjectWrapper<List<ProblemItem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());

    private final Executor worker;
    private final Executor ui;

    /** Checks on the calling thread (tests, small tools). */
    public ProblemsViewModel(ScenarioEditor editor, ProblemSource source) {
        this(editor, source, Runnable::run, Runnable::run);
    }

    /**
     * Checks on {@code worker} and publishes on {@code ui}; a result for a scenario that is no
     * longer current is dropped.
     */
    public ProblemsViewModel(ScenarioEditor editor, ProblemSource source, Executor worker, Executor ui) {
        this.editor = editor;
        this.source = source;
        this.worker = worker;
        this.ui = ui;
        editor.scenarioProperty().addListener((o, was, now) -> recheck(now));
        recheck(editor.scenario());
    }

    private void recheck(Scenario s) {
        worker.execute(() -> {
            List<ProblemItem> found = check(s);
            ui.execute(() -> {
                if (editor.scenario() == s) {
                    problems.set(found);
                }
            });
        });
    }

    private List<ProblemItem> check(Scenario s) {
        List<ProblemItem> found;
        try {
            found = source.check(s).stream()
                    .map(p -> new ProblemItem(p.path(), p.message(),
                            p.elementId() != null ? p.elementId() : ElementPaths.elementId(s, p.path())))
                    .toList();
        } catch (RuntimeException e) {
            found = List.of(new ProblemItem("", "the validator failed: " + e.getMessage(), null));
        }
        return found;
    }

    /** Selects the element a problem is about; returns false when it names none. */
    public boolean choose(ProblemItem problem) {
        if (problem == null || problem.elementId() == null) {
            return false;
        }
        editor.selection().select(problem.elementId());
        return true;
    }

    public ReadOnlyObjectProperty<List<ProblemItem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }
}
