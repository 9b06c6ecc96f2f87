package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustercomposer.lesson.io.LessonFiles;
import org.clustercomposer.samples.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsCommandTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void listsEveryShippedLessonWithItsIdStepsAndTitle() {
        Run r = run("lessons");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() >= 7, r.out());
        assertEquals(Lessons.all().size(), lines.size());
        assertTrue(lines.get(0).matches("bare-metal\\s+4 steps  Bare metal: .*"), lines.get(0));
        assertTrue(r.out().contains("pre-copy-rounds"), r.out());
    }

    @Test
    void checksLessonFilesNamingEachProblemByItsPointer(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, LessonFiles.toJson(Lessons.byId("vms-on-ssi").orElseThrow()).replace(
                "\"scenario\" : \"vms-on-ssi.json\"", "\"scenario\" : "
                        + new String(Lessons.class.getResourceAsStream("vms-on-ssi.json").readAllBytes())));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replace("\"kind\" : \"select\"", "\"kind\" : \"selct\""));
        Run r = run("lessons", good.toString(), bad.toString());
        assertEquals(Cli.INVALID_INPUT, r.status());
        assertTrue(r.out().contains(good + "  "), r.out());
        assertTrue(r.out().contains(bad + ": /steps/2/action/kind: unknown action \"selct\""), r.out());
    }

    @Test
    void editRefusesAnUnknownLessonOrABadFileBeforeOpeningAWindow(@TempDir Path dir) throws Exception {
        Run r = run("edit", "--lesson", "no-such-lesson");
        assertEquals(Cli.INVALID_INPUT, r.status());
        assertTrue(r.err().startsWith("edit: no lesson no-such-lesson"), r.err());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"cluster-composer-lesson\", \"version\": 1}");
        r = run("edit", "--lesson", bad.toString());
        assertEquals(Cli.INVALID_INPUT, r.status());
        assertTrue(r.err().contains(bad + ": /id: missing"), r.err());
    }
}
