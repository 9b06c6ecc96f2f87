package org.clustercomposer.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they seem get a message in our words, never a hang or the library's language. */
class HostileFilesTest {

    private static String problem(Path file) {
        try {
            ScenarioFiles.load(file);
        } catch (ScenarioFileException e) {
            return e.problems().stream().map(Problem::describe).reduce((a, b) -> a + "; " + b).orElse("");
        }
        return "read";
    }

    @Test
    void aFifoWithNoWriterIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo on this machine");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problem(fifo));
        assertEquals("is not a regular file (a pipe, socket or device), so it is not read", message);
    }

    @Test
    void directoriesSymlinkLoopsAndDanglingLinksSayWhatTheyAre(@TempDir Path dir) throws Exception {
        assertEquals("is a directory, not a file", problem(dir));
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertTrue(problem(a).contains("too many levels of symbolic links"), problem(a));
        Path dangling = dir.resolve("d.json");
        Files.createSymbolicLink(dangling, dir.resolve("gone.json"));
        assertEquals("a symbolic link to nothing", problem(dangling));
    }

    @Test
    void notANumberInAFileIsExplainedWithoutJacksonsSettings() throws Exception {
        String message = assertMessage("{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"hosts\": "
                + "[{\"id\": \"h1\", \"cores\": NaN}]}");
        assertTrue(message.contains("JSON has no NaN or Infinity"), message);
        assertFalse(message.contains("JsonReadFeature") || message.contains("enable"), message);
    }

    @Test
    void aHugeNameIsRefusedInOurWords() {
        String message = assertMessage("{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"name\": \""
                + "x".repeat(20_000_100) + "\"}");
        assertEquals("holds a text value of more than 20000000 characters; names, ids and quantities are short",
                message);
    }

    @Test
    void theSizeLimitIsStatedInTheDocumentedUnit() {
        assertEquals("256 MiB", org.clustercomposer.units.Quantities.display(ScenarioFiles.MAX_FILE_BYTES,
                org.clustercomposer.units.Dimension.SIZE));
    }

    @Test
    void aSaveRemovesTheStaleTemporaryFilesOfKilledSaves(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Path stale = Files.writeString(dir.resolve(".s.json.1a2b3c.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.writeString(dir.resolve(".s.json.4d5e.tmp"), "being written");
        Path other = Files.writeString(dir.resolve(".other.json.1a2b.tmp"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        ScenarioFiles.save(Scenario.empty("s"), file);
        assertFalse(Files.exists(stale), "the stale temporary file is removed");
        assertTrue(Files.exists(fresh), "a recent one may belong to a save in progress");
        assertTrue(Files.exists(other), "another file's temporary file is left alone");
        assertTrue(Files.exists(file));
    }

    private static String assertMessage(String json) {
        try {
            ScenarioFiles.read(json);
        } catch (ScenarioFileException e) {
            return e.problems().get(0).message();
        }
        throw new AssertionError("read");
    }
}
