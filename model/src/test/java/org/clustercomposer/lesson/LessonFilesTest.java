package org.clustercomposer.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.Move;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.lesson.io.LessonFiles;
import org.clustercomposer.scenario.Fixtures;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonFilesTest {

    @TempDir
    Path dir;

    private Path lessonNextToDesign(String steps) throws Exception {
        ScenarioFiles.save(Fixtures.small(), dir.resolve("small.json"));
        Path file = dir.resolve("lesson.json");
        Files.writeString(file, """
                {"format": "cluster-composer-lesson", "version": 1, "id": "t", "title": "T", "scenario": "small.json",
                 "steps": [%s]}""".formatted(steps));
        return file;
    }

    private List<String> problems(String steps) throws Exception {
        Path file = lessonNextToDesign(steps);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> LessonFiles.load(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        return e.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void readsALessonNamingTheDesignNextToIt() throws Exception {
        Lesson l = LessonFiles.load(lessonNextToDesign("""
                {"text": "Move it", "highlight": ["vm1"], "action": {"kind": "move-vm", "vm": "vm1", "to": "h2"},
                 "check": {"kind": "vm-on", "vm": "vm1", "host": "h2"}, "hints": ["drag it"]}"""));
        assertEquals("small.json", l.scenarioSource());
        assertEquals(Fixtures.small(), l.scenario());
        assertEquals(new StudentAction.MoveVm("vm1", "h2"), l.steps().get(0).action());
        assertEquals(List.of("drag it"), l.steps().get(0).hints());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\": \"x\", \"action\": {\"kind\": \"mvoe-vm\"}, \"check\": {\"kind\": \"none\"}}"
                + "|/steps/0/action/kind: unknown action \"mvoe-vm\"; expected one of read, move-vm,",
        "{\"text\": \"x\", \"action\": {\"kind\": \"move-vm\", \"vm\": \"vm9\", \"to\": \"h2\"}, \"check\": {\"kind\": \"none\"}}"
                + "|/steps/0/action/vm: no element has id \"vm9\" in the lesson's design",
        "{\"text\": \"x\", \"action\": {\"kind\": \"move-vm\", \"vm\": \"vm1\", \"to\": \"sw1\"}, \"check\": {\"kind\": \"none\"}}"
                + "|/steps/0/action/to: \"sw1\" is a switch, expected a host",
        "{\"text\": \"x\", \"action\": {\"kind\": \"read\"}, \"check\": {\"kind\": \"none\"}, \"hint\": [\"a\"]}"
                + "|/steps/0: unknown field \"hint\"; did you mean \"hints\"?",
        "{\"text\": \"x\", \"action\": {\"kind\": \"read\"}}|/steps/0/check: missing",
        "{\"text\": \"x\", \"action\": {\"kind\": \"answer\"}, \"check\": {\"kind\": \"answer\", \"figure\": \"migration-downtime\","
                + " \"vm\": \"vm1\", \"to\": \"h2\", \"tolerance\": 5}}|/steps/0/check/tolerance: a relative tolerance",
        "{\"text\": \"x\", \"action\": {\"kind\": \"set-dirty-rate\", \"vm\": \"vm1\", \"value\": \"300 mb/s\"}, \"check\": {\"kind\": \"none\"}}"
                + "|/steps/0/action/value: ",
        "{\"text\": \"x\", \"action\": {\"kind\": \"hide-layer\", \"layer\": \"vm\"}, \"check\": {\"kind\": \"none\"}}"
                + "|/steps/0/action/layer: unknown layer \"vm\"; expected one of hardware, vms, ssi-domains, applications",
    })
    void aBadStepIsNamedByItsJsonPointer(String step, String expected) throws Exception {
        List<String> found = problems(step);
        assertTrue(found.stream().anyMatch(p -> p.startsWith(expected)), found.toString());
    }

    @Test
    void notJsonGivesLineAndColumnAndAMissingDesignIsNamed(@TempDir Path other) throws Exception {
        Path broken = other.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"cluster-composer-lesson\",\n \"version\": 1,,}");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> LessonFiles.load(broken));
        assertTrue(e.problems().get(0).describe().startsWith("line 2, column "), e.getMessage());

        Path missing = other.resolve("missing.json");
        Files.writeString(missing, """
                {"format": "cluster-composer-lesson", "version": 1, "id": "m", "title": "M", "scenario": "nowhere.json",
                 "steps": [{"text": "x", "action": {"kind": "read"}, "check": {"kind": "none"}}]}""");
        e = assertThrows(ScenarioFileException.class, () -> LessonFiles.load(missing));
        assertEquals("/scenario: cannot read \"nowhere.json\": no such file or directory", e.problems().get(0).describe());
    }

    @Test
    void aScenarioFileIsNotTakenForALesson() throws Exception {
        Path scenario = dir.resolve("s.json");
        ScenarioFiles.save(Fixtures.small(), scenario);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> LessonFiles.load(scenario));
        assertTrue(e.problems().get(0).describe().startsWith("/format: expected \"cluster-composer-lesson\""), e.getMessage());
    }

    @Test
    void aRecordedLessonHoldsItsDesignAndReadsBackEqual() throws Exception {
        Scenario s = Fixtures.small();
        LessonRecorder recorder = new LessonRecorder(s);
        LessonState state = LessonState.of(s).withSelection(Set.of("vm1"));
        List<Check> offered = LessonRecorder.suggestions(state);
        assertTrue(offered.contains(new Check.VmOn("vm1", "h1")), offered.toString());
        Check downtime = offered.stream().filter(c -> c instanceof Check.Answer).findFirst().orElseThrow();
        recorder.addStep("Where is web-1?", Set.of("vm1"), new Check.VmOn("vm1", "h2"), List.of("look"));
        recorder.addStep("Its downtime?", Set.of("vm1"), downtime, List.of());
        Lesson lesson = recorder.finish("recorded", "Recorded", "");
        Path file = dir.resolve("recorded.lesson.json");
        LessonFiles.save(lesson, file);
        assertTrue(Files.readString(file).contains("\"scenario\" : {"), "the design is in the file");
        Lesson back = LessonFiles.load(file);
        assertEquals(lesson, back);
        assertEquals(new StudentAction.MoveVm("vm1", "h2"), back.steps().get(0).action(), "the check implies the action");
    }

    @Test
    void anEmbeddedDesignsProblemsAreUnderScenario() throws Exception {
        Scenario s = Fixtures.small();
        Lesson lesson = new Lesson("e", "E", "", null, s, List.of(new LessonStep("Read", List.of(), new StudentAction.Read(),
                new Check.Always(), List.of())));
        String json = LessonFiles.toJson(lesson).replace("\"memory\" : \"64 GiB\"", "\"memory\" : \"lots\"");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> LessonFiles.read(json, LessonFiles.noFiles()));
        assertTrue(e.problems().get(0).describe().startsWith("/scenario/hosts/0/memory: "), e.getMessage());
    }

    @Test
    void theAnswerIsTheEnginesNumberComputedWhenChecked() {
        Scenario s = Fixtures.small();
        Check.Answer downtime = new Check.Answer(new EngineNumber(EngineNumber.Figure.MIGRATION_DOWNTIME, "vm2", "h2",
                MigrationMethod.PRE_COPY), 0.1, "ms");
        MigrationCost c = EvacuationPlanner.of(MigrationMethod.PRE_COPY).apply(s, List.of(new Move("vm2", "h1", "h2")))
                .moves().get(0).cost();
        assertTrue(downtime.verify(LessonState.of(s).withAnswer(String.valueOf(c.downtimeSeconds() * 1000))).passed());
        assertTrue(downtime.verify(LessonState.of(s).withAnswer("")).message()
                .startsWith("Type the downtime of moving db-1 to node-h2"));

        Check.Answer rounds = new Check.Answer(new EngineNumber(EngineNumber.Figure.MIGRATION_ROUNDS, "vm2", "h2",
                MigrationMethod.PRE_COPY), 0, null);
        String answer = String.valueOf(c.rounds());
        assertTrue(rounds.verify(LessonState.of(s).withAnswer(answer)).passed());
        Scenario faster = s.withElement(s.vm("vm2").orElseThrow().withWorkload(
                new Workload(0.3, 600 * Fixtures.MIB, 2 * Fixtures.GIB, 50e6 / 8, null)));
        CheckResult r = rounds.verify(LessonState.of(faster).withAnswer(answer));
        assertFalse(r.passed(), "the same answer is wrong once the VM dirties faster: " + r.message());
    }
}
