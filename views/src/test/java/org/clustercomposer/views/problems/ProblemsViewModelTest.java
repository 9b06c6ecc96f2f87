package org.clustercomposer.views.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.editing.ScenarioEdits;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {

    /** h1 gets 20 busy vCPUs on 16 cores (about 128 % CPU) and only 40 GiB of its 64 GiB: CPU-only. */
    static Scenario cpuOnlyOverload() {
        Scenario s = SmallDesigns.rack();
        List<Vm> vms = new ArrayList<>(s.vms());
        for (int i = 0; i < 3; i++) {
            vms.add(new Vm("busy" + i, "busy-" + i, 4, 8 * SmallDesigns.GIB, 0, "h1", new Workload(1, 0, 0, 0, null)));
        }
        vms.replaceAll(v -> v.placedOn().equals("h1") ? new Vm(v.id(), v.name(), 4, 8 * SmallDesigns.GIB, 0, "h1",
                new Workload(1, 0, 0, 0, null)) : v);
        return s.withVms(vms);
    }

    @Test
    void aCpuOnlyOverloadIsListedAsAWarningThatSelectsTheHost() {
        ScenarioEditor editor = new ScenarioEditor(cpuOnlyOverload());
        ProblemsViewModel model = new ProblemsViewModel(editor, s -> List.of());
        assertTrue(model.problemsProperty().get().isEmpty(), "valid design, nothing predicted yet");

        model.showLoads(UtilizationLoadPredictor.standard().predict(editor.scenario()));

        List<ProblemItem> problems = model.problemsProperty().get();
        ProblemItem h1 = problems.stream().filter(p -> "h1".equals(p.elementId())).findFirst().orElseThrow(
                () -> new AssertionError("no warning for h1 in " + problems));
        assertTrue(h1.isWarning());
        assertEquals("host h1", h1.path());
        assertTrue(h1.message().matches("overloaded: CPU at 1[23]\\d % of capacity"), h1.message());
        assertEquals("Problems (" + problems.size() + (problems.size() == 1 ? " overload)" : " overloads)"),
                ProblemsView.titleFor(problems));

        assertTrue(model.choose(h1));
        assertEquals("h1", editor.selection().single());
    }

    @Test
    void errorsComeFirstThenWarningsWorstFirst() {
        ScenarioEditor editor = new ScenarioEditor(cpuOnlyOverload());
        ProblemsViewModel model = new ProblemsViewModel(editor,
                s -> List.of(new ProblemItem("/vms/0/memory", "must be positive", null)));
        model.showLoads(UtilizationLoadPredictor.standard().predict(editor.scenario()));
        List<ProblemItem> problems = model.problemsProperty().get();
        assertEquals(ProblemItem.Severity.ERROR, problems.get(0).severity());
        assertEquals("vm1", problems.get(0).elementId(), "the path points into vm1");
        assertTrue(problems.size() > 1);
        assertTrue(problems.stream().skip(1).allMatch(ProblemItem::isWarning));
        assertTrue(ProblemsView.titleFor(problems).startsWith("Problems (1 error, "), ProblemsView.titleFor(problems));
    }

    @Test
    void movingBoxesDoesNotRevalidateButChangingAnElementDoes() {
        ScenarioEditor editor = new ScenarioEditor(SmallDesigns.rack());
        int[] checks = {0};
        new ProblemsViewModel(editor, s -> {
            checks[0]++;
            return List.of();
        });
        assertEquals(1, checks[0]);
        editor.moveBy(List.of("h1"), 30, 0, Map.of("h1", editor.scenario().layout().positions().get("h1")),
                "drag-1");
        assertEquals(1, checks[0], "a move changes no rule about elements");
        editor.execute(ScenarioEdits.replaceAll("Set memory",
                List.of(SmallDesigns.host("h2").withName("renamed"))));
        assertEquals(2, checks[0]);
    }

    @Test
    void aValidUnloadedDesignHasNoProblems() {
        ScenarioEditor editor = new ScenarioEditor(SmallDesigns.rack());
        ProblemsViewModel model = new ProblemsViewModel(editor, s -> List.of());
        model.showLoads(UtilizationLoadPredictor.standard().predict(editor.scenario()));
        assertEquals(List.of(), model.problemsProperty().get());
        assertEquals("Problems", ProblemsView.titleFor(List.of()));
    }
}
