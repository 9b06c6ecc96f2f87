package org.clustercomposer.views.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.clustercomposer.analysis.utilization.Resource;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Element;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.prediction.ElementLoad;

/**
 * The problems of the current design: validation errors, re-checked after every edit, then the
 * overloads the analytical engine predicts (CPU, memory, link, SSI domain) as warnings, worst
 * first. Choosing one selects the element it is about.
 */
public final class ProblemsViewModel {

    private final ScenarioEditor editor;
    private final ProblemSource source;
    private final ReadOnlyObjectWrapper<List<ProblemItem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private List<ProblemItem> errors = List.of();
    private List<ProblemItem> warnings = List.of();
    /** The newest scenario asked for: a check queued behind newer edits is skipped, not run. */
    private final AtomicReference<Scenario> wanted = new AtomicReference<>();
    /** The scenario the errors shown (or being checked) belong to, up to where boxes are drawn. */
    private Scenario basis;

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
        if (s.sameExceptLayout(basis) && errors.stream().noneMatch(p -> p.path().startsWith("/layout"))) {
            // Moved boxes: the same elements have the same problems (and a drag stays smooth).
            basis = s;
            return;
        }
        basis = s;
        wanted.set(s);
        worker.execute(() -> {
            if (wanted.get() != s) {
                return;
            }
            List<ProblemItem> found = check(s);
            ui.execute(() -> {
                if (basis == s) {
                    errors = found;
                    publish();
                }
            });
        });
    }

    private List<ProblemItem> check(Scenario s) {
        List<ProblemItem> found;
        try {
            found = source.check(s).stream()
                    .map(p -> new ProblemItem(p.path(), p.message(),
                            p.elementId() != null ? p.elementId() : ElementPaths.elementId(s, p.path()), p.severity()))
                    .toList();
        } catch (RuntimeException e) {
            found = List.of(new ProblemItem("", "the validator failed: " + e.getMessage(), null));
        }
        return found;
    }

    /**
     * The loads just predicted for the current design: each overloaded element becomes a warning
     * (call on the UI thread; the warnings are found on the worker and published on the UI thread).
     */
    public void showLoads(Map<String, ElementLoad> loads) {
        Scenario s = editor.scenario();
        worker.execute(() -> {
            List<ProblemItem> found = warnings(s, loads);
            ui.execute(() -> {
                warnings = found;
                publish();
            });
        });
    }

    // Looks up only the overloaded elements, in one pass over the design: a map of every element
    // (111,000 at 10,000 hosts) was built on the UI thread after each prediction.
    private static List<ProblemItem> warnings(Scenario s, Map<String, ElementLoad> loads) {
        Map<String, ElementLoad> overloaded = new HashMap<>();
        loads.forEach((id, load) -> {
            if (load.level() == ElementLoad.LoadLevel.OVERLOADED) {
                overloaded.put(id, load);
            }
        });
        if (overloaded.isEmpty()) {
            return List.of();
        }
        Map<String, Element> elements = new HashMap<>();
        s.elements().forEach(e -> {
            if (overloaded.containsKey(e.id())) {
                elements.putIfAbsent(e.id(), e);
            }
        });
        return elements.values().stream()
                .sorted(Comparator.comparingDouble((Element e) -> overloaded.get(e.id()).utilization()).reversed()
                        .thenComparing(Element::id))
                .map(e -> warning(e, overloaded.get(e.id())))
                .toList();
    }

    private static ProblemItem warning(Element element, ElementLoad load) {
        ElementKind kind = ElementKind.of(element);
        String name = element.name() == null || element.name().isBlank() ? element.id() : element.name();
        String what = kind.noun() + " " + name;
        String resource = load.resource() == null ? "load" : resourceName(kind, load.resource());
        String message = load.utilization() > 1
                ? String.format(Locale.ROOT, "overloaded: %s at %.0f %% of capacity", resource, load.utilization() * 100)
                : "overloaded: it cannot carry its load";
        return new ProblemItem(what, message, element.id(), ProblemItem.Severity.WARNING);
    }

    private static String resourceName(ElementKind kind, Resource r) {
        return switch (r) {
            case CPU -> "CPU";
            case MEMORY -> "memory";
            case NETWORK -> kind == ElementKind.LINK ? "bandwidth" : "network";
            case POWER -> "power";
        };
    }

    private void publish() {
        List<ProblemItem> all = new ArrayList<>(errors.size() + warnings.size());
        all.addAll(errors);
        all.addAll(warnings);
        problems.set(List.copyOf(all));
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
