package org.clustercomposer.scenario.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Element;

/**
 * One validation, its problems kept by where they came from, so that the next scenario after an
 * in-place edit re-checks only the replaced elements' own rules (ids, names, numbers) and reuses the
 * id index; the rules that relate elements (references, fits, memberships, cycles, connectivity)
 * run whole every time.
 *
 * <p>The problems come out in the order of a full run: each element's own problems in the order its
 * rules find them, then the layout and policy numbers, the references and the stacking rules, then
 * the stable sort into file order, so an element's problems keep that order.
 */
final class Validation {

    private static final Problem[] NONE = new Problem[0];

    private final Scenario scenario;
    private final Set<String> unread;
    private final Index index;
    /** Per kind, per position: that element's own problems (NONE for most). */
    private final Map<ElementKind, Problem[][]> own;
    private final List<Problem> problems;

    private Validation(Scenario scenario, Set<String> unread, Index index, Map<ElementKind, Problem[][]> own) {
        this.scenario = scenario;
        this.unread = unread;
        this.index = index;
        this.own = own;
        this.problems = assemble();
    }

    /** Validates every rule of every element. */
    static Validation full(Scenario scenario, Set<String> unread) {
        Index index = new Index(scenario);
        Map<ElementKind, Problem[][]> own = new EnumMap<>(ElementKind.class);
        List<Problem> found = new ArrayList<>();
        Checks checks = new Checks(found, unread);
        NumberRules numbers = new NumberRules(checks);
        for (ElementKind kind : ElementKind.values()) {
            List<? extends Element> elements = scenario.elementsOf(kind);
            Problem[][] byPosition = new Problem[elements.size()][];
            for (int i = 0; i < byPosition.length; i++) {
                byPosition[i] = ownProblems(kind, i, elements.get(i), index, numbers, checks, found);
            }
            own.put(kind, byPosition);
        }
        return new Validation(scenario, unread, index, own);
    }

    /**
     * The validation of {@code next}, an in-place edit of this one's scenario ({@code replaced}:
     * the positions whose record changed, by kind; every id stays where it was, so the index holds).
     */
    Validation next(Scenario next, Map<ElementKind, int[]> replaced) {
        Map<ElementKind, Problem[][]> nextOwn = new EnumMap<>(ElementKind.class);
        List<Problem> found = new ArrayList<>();
        Checks checks = new Checks(found, unread);
        NumberRules numbers = new NumberRules(checks);
        for (ElementKind kind : ElementKind.values()) {
            int[] positions = replaced.get(kind);
            if (positions.length == 0) {
                nextOwn.put(kind, own.get(kind));
                continue;
            }
            Problem[][] byPosition = own.get(kind).clone();
            List<? extends Element> elements = next.elementsOf(kind);
            for (int i : positions) {
                byPosition[i] = ownProblems(kind, i, elements.get(i), index, numbers, checks, found);
            }
            nextOwn.put(kind, byPosition);
        }
        return new Validation(next, unread, index, nextOwn);
    }

    Scenario scenario() {
        return scenario;
    }

    /** Every problem, in file order. */
    List<Problem> problems() {
        return problems;
    }

    private static Problem[] ownProblems(ElementKind kind, int i, Element element, Index index, NumberRules numbers,
                                         Checks checks, List<Problem> found) {
        int before = found.size();
        index.elementProblems(kind, i, element, checks);
        numbers.element(kind, element, JsonPaths.element(kind, i));
        return found.size() == before ? NONE : found.subList(before, found.size()).toArray(NONE);
    }

    private List<Problem> assemble() {
        List<Problem> all = new ArrayList<>();
        Checks checks = new Checks(all, unread);
        Index.headerProblems(scenario, checks);
        for (Problem[][] byPosition : own.values()) {
            for (Problem[] problems : byPosition) {
                for (Problem p : problems) {
                    all.add(p);
                }
            }
        }
        new NumberRules(checks).layoutAndPolicy(scenario);
        new ReferenceRules(scenario, index, checks).check();
        new StackingRules(scenario, index, checks).check();
        all.sort(ProblemOrder.IN_FILE_ORDER);
        return List.copyOf(all);
    }
}
