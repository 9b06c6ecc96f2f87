package org.clustercomposer.scenario.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.clustercomposer.scenario.validation.Problem;

/**
 * A scenario file that cannot be read: missing, unreadable, not JSON, or JSON that does not
 * describe a scenario. Carries every problem found, not just the first.
 */
public final class ScenarioFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient Path file;
    private final transient List<Problem> problems;

    /**
     * @param source   the file (or "&lt;text&gt;") the problems are in
     * @param problems at least one problem
     */
    public ScenarioFileException(String source, List<Problem> problems) {
        this(source, null, problems);
    }

    /** Problems in a file on disk. */
    public ScenarioFileException(Path file, List<Problem> problems) {
        this(file.toString(), file, problems);
    }

    private ScenarioFileException(String source, Path file, List<Problem> problems) {
        super(summary(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a file exception needs at least one problem");
        }
        this.source = source;
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file on disk, when the problems came from one (not from text or a stream). */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The file the problems are in, as given by the caller. */
    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            return source;
        }
        String first = source + ": " + problems.get(0).describe();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
