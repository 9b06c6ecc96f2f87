package org.clustercomposer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.MoveCost;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.lesson.Check;
import org.clustercomposer.lesson.CheckResult;
import org.clustercomposer.lesson.Layer;
import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.lesson.LessonState;
import org.clustercomposer.lesson.LessonStep;
import org.clustercomposer.lesson.StudentAction;
import org.clustercomposer.lesson.io.LessonFiles;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped lessons load, cover what issue 14 asks (one per stacking, migration under an SSI,
 * pre-copy, complementarity), and can be played to their end on the model alone: each step's check
 * fails before its action is done (unless the step is only read or watched) and passes after.
 * The GUI test plays them again through the real window.
 */
class LessonsTest {

    static Stream<Lesson> lessons() {
        return Lessons.all().stream();
    }

    @Test
    void atLeastSevenLessonsWithUniqueIdsOneOnEachSampleStacking() {
        List<Lesson> all = Lessons.all();
        assertTrue(all.size() >= 7, "lessons: " + all.size());
        assertEquals(all.size(), new HashSet<>(all.stream().map(Lesson::id).toList()).size(), "ids are unique");
        Set<String> used = new HashSet<>(all.stream().map(Lesson::scenarioSource).toList());
        for (Stacking s : List.of(Stacking.BARE_METAL, Stacking.VMS_ON_HOSTS, Stacking.SSI_ON_HOSTS, Stacking.SSI_OVER_VMS,
                Stacking.VMS_ON_SSI)) {
            assertTrue(used.contains(Samples.of(s).orElseThrow().file()), "a lesson on " + s.label());
        }
        for (String id : List.of("migration-under-ssi", "pre-copy-rounds", "complementarity")) {
            assertTrue(Lessons.byId(id).isPresent(), id);
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void startsFromItsSampleUnchanged(Lesson lesson) {
        Sample sample = Samples.all().stream().filter(s -> s.file().equals(lesson.scenarioSource())).findFirst().orElseThrow();
        assertEquals(sample.load(), lesson.scenario());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void playsToItsEndAndEachCheckFailsUntilItsActionIsDone(Lesson lesson) {
        LessonState state = LessonState.of(lesson.scenario());
        int checked = 0;
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            String where = lesson.id() + " step " + (i + 1);
            if (!(step.action() instanceof StudentAction.Read) && !(step.action() instanceof StudentAction.OpenMigrationAnimation)) {
                CheckResult before = step.check().verify(state);
                assertFalse(before.passed(), where + " passes before its action: " + before.message());
                checked++;
            }
            state = perform(step, state);
            CheckResult after = step.check().verify(state);
            assertTrue(after.passed(), where + ": " + after.message());
            state = state.withAnswer("");
        }
        assertTrue(checked >= 2, lesson.id() + " asks the student to do something");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void roundTripsThroughItsFileFormat(Lesson lesson) throws Exception {
        String json = LessonFiles.toJson(lesson);
        Lesson again = LessonFiles.read(json, name -> Sample.class.getResourceAsStream(name));
        assertEquals(lesson, again);
    }

    @Test
    void aWrongAnswerFailsAndTheEnginesNumberPasses() {
        Lesson lesson = Lessons.byId("pre-copy-rounds").orElseThrow();
        Check.Answer downtime = (Check.Answer) lesson.steps().get(2).check();
        LessonState state = LessonState.of(lesson.scenario());
        String right = downtime.typedAnswer(state.scenario());
        double ms = Double.parseDouble(right.replace(" ms", ""));
        assertTrue(downtime.verify(state.withAnswer(right)).passed());
        assertTrue(downtime.verify(state.withAnswer(ms * 1.05 + "")).passed(), "within 10 %");
        assertFalse(downtime.verify(state.withAnswer(ms * 1.2 + "")).passed(), "20 % off");
        assertTrue(downtime.verify(state.withAnswer(ms / 1000 + " s")).passed(), "any unit of time");
        assertFalse(downtime.verify(state.withAnswer("fast")).passed());
    }

    /** Does what the step asks, on the model, as the lesson panel's Show me does in the window. */
    static LessonState perform(LessonStep step, LessonState state) {
        Scenario s = state.scenario();
        StudentAction a = step.action();
        if (a instanceof StudentAction.MoveVm m) {
            return state.withScenario(place(s, m.vm(), m.to()));
        } else if (a instanceof StudentAction.DrainHost d) {
            PlanCost plan = EvacuationPlanner.standard().drain(s, d.host());
            for (MoveCost move : plan.moves()) {
                s = place(s, move.move().vmId(), move.move().to());
            }
            return state.withScenario(s);
        } else if (a instanceof StudentAction.SetLayer l) {
            Set<Layer> hidden = state.hiddenLayers().isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(state.hiddenLayers());
            if (l.visible()) {
                hidden.remove(l.layer());
            } else {
                hidden.add(l.layer());
            }
            return state.withHiddenLayers(hidden);
        } else if (a instanceof StudentAction.Select sel) {
            return state.withSelection(Set.copyOf(sel.ids()));
        } else if (a instanceof StudentAction.RunSimulation) {
            return state.withSimulated(s);
        } else if (a instanceof StudentAction.SetDirtyRate d) {
            Vm vm = s.vm(d.vm()).orElseThrow();
            Workload w = vm.workload();
            return state.withScenario(s.withElement(vm.withWorkload(new Workload(w.cpuUtilization(), d.bytesPerSecond(),
                    w.writableWorkingSet(), w.networkTraffic(), w.trafficTo(), w.residentMemory()))));
        } else if (a instanceof StudentAction.PreviewMove p) {
            return state.withMigrationShown(p.vm());
        } else if (a instanceof StudentAction.Answer) {
            return state.withAnswer(answerOf(step.check(), s));
        }
        return state;
    }

    private static String answerOf(Check c, Scenario s) {
        if (c instanceof Check.Answer a) {
            return a.typedAnswer(s);
        }
        return c instanceof Check.All all ? all.checks().stream().map(x -> answerOf(x, s)).filter(x -> !x.isEmpty())
                .findFirst().orElse("") : "";
    }

    private static Scenario place(Scenario s, String vm, String to) {
        return s.withElement(s.vm(vm).orElseThrow().withPlacedOn(to));
    }
}
