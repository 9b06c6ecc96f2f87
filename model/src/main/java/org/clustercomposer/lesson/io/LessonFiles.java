package org.clustercomposer.lesson.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.scenario.io.IoMessages;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.Problem;

/**
 * Reads and writes lesson files (docs/lessons.md) as scenario files are read: the same JSON limits
 * and messages, every problem at once with its JSON pointer ({@code /steps/2/check/vm}), never
 * anything thrown but {@link ScenarioFileException}. Saving is atomic.
 */
public final class LessonFiles {

    public static final String FORMAT = "cluster-composer-lesson";
    public static final int VERSION = 1;

    /** Opens the sample a lesson names in "scenario" ("ssi-over-vms.json"). */
    @FunctionalInterface
    public interface ScenarioSource {
        InputStream open(String name) throws IOException;
    }

    private LessonFiles() {
    }

    /** Reads a lesson file; a design it names is read from the file's directory (or the one above). */
    public static Lesson load(Path file) throws ScenarioFileException {
        String notAFile = ScenarioFiles.notARegularFile(file);
        if (notAFile != null) {
            throw new ScenarioFileException(file, List.of(new Problem("", notAFile)));
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            long size = Files.size(file);
            if (size > ScenarioFiles.MAX_FILE_BYTES) {
                throw new ScenarioFileException(file, List.of(new Problem("", "the file is larger than "
                        + (ScenarioFiles.MAX_FILE_BYTES >> 20) + " MB; lesson files are not read beyond that")));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, file.toString(), name -> Files.newInputStream(safeSibling(dir, name)));
            }
        } catch (ScenarioFileException e) {
            throw e.file().isPresent() ? e : new ScenarioFileException(file, e.problems());
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(file, List.of(new Problem("", "no such file")));
        } catch (IOException e) {
            throw new ScenarioFileException(file, List.of(new Problem("", "cannot read the file: " + IoMessages.describe(e))));
        }
    }

    // A lesson names a design next to it, or in the directory above (where the shipped lessons find
    // the samples); never elsewhere: a name with a path in it is refused by the reader.
    private static Path safeSibling(Path dir, String name) throws NoSuchFileException {
        Path here = dir.resolve(name);
        if (Files.isRegularFile(here) || dir.getParent() == null) {
            return here;
        }
        Path above = dir.getParent().resolve(name);
        if (Files.isRegularFile(above)) {
            return above;
        }
        throw new NoSuchFileException(name);
    }

    /** Reads a lesson from a stream (not closed here); {@code source} names it in problems. */
    public static Lesson read(InputStream in, String source, ScenarioSource scenarios) throws ScenarioFileException {
        List<Problem> problems = new ArrayList<>();
        Optional<Lesson> lesson = Optional.empty();
        try {
            Optional<JsonNode> root = ScenarioFiles.readTree(in, problems);
            if (root.isPresent()) {
                lesson = new LessonReader(problems, scenarios).read(root.get());
            }
        } catch (RuntimeException e) {
            problems.add(new Problem("", "could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
        if (!problems.isEmpty() || lesson.isEmpty()) {
            throw new ScenarioFileException(source, problems.isEmpty() ? List.of(new Problem("", "not a lesson")) : problems);
        }
        return lesson.get();
    }

    /** Reads a lesson from JSON text whose design is embedded (or named and found by {@code scenarios}). */
    public static Lesson read(String json, ScenarioSource scenarios) throws ScenarioFileException {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<text>", scenarios);
    }

    /** The lesson as the text {@link #save} writes: a named design stays a name, another is embedded. */
    public static String toJson(Lesson lesson) {
        return LessonWriter.write(lesson);
    }

    public static void save(Lesson lesson, Path file) throws IOException {
        ScenarioFiles.saveText(toJson(lesson), file);
    }

    /** For a lesson that must hold its own design: names no file. */
    public static ScenarioSource noFiles() {
        return name -> {
            throw new NoSuchFileException(name);
        };
    }
}
