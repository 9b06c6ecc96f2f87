package org.clustercomposer.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;

import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.lesson.io.LessonFiles;
import org.clustercomposer.scenario.io.ScenarioFileException;

/**
 * The lessons shipped with the editor (resources in {@code lessons/}, docs/lessons.md), in the
 * order Help › Lessons lists them: one per stacking, then migration under an SSI, pre-copy, and
 * why the two technologies complement each other. Each names the sample it starts from.
 */
public final class Lessons {

    private static final List<String> FILES = List.of("1-bare-metal.json", "2-vms-on-hosts.json", "3-ssi-on-hosts.json",
            "4-ssi-over-vms.json", "5-vms-on-ssi.json", "6-migration-under-ssi.json", "7-pre-copy-rounds.json",
            "8-complementarity.json");

    private static volatile List<Lesson> all;

    private Lessons() {
    }

    /** Every shipped lesson. They are tested to load, so a failure here is a build fault. */
    public static List<Lesson> all() {
        List<Lesson> loaded = all;
        if (loaded == null) {
            loaded = FILES.stream().map(Lessons::load).toList();
            all = loaded;
        }
        return loaded;
    }

    /** The shipped lesson with this id. */
    public static Optional<Lesson> byId(String id) {
        return all().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The resource names, for tests and docs. */
    public static List<String> files() {
        return FILES;
    }

    private static Lesson load(String file) {
        try (InputStream in = open("lessons/" + file)) {
            return LessonFiles.read(in, "lesson " + file, Lessons::open);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Lessons.class.getResourceAsStream(resource);
        if (in == null) {
            throw new NoSuchFileException(resource);
        }
        return in;
    }
}
