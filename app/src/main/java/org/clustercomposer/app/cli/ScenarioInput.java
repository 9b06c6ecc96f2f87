package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ScenarioValidator;

/**
 * Reads a scenario file for a subcommand, so every subcommand reports a bad file the same way:
 * one line per problem, {@code FILE: /json/path: message}, reading problems first, then validation.
 */
final class ScenarioInput {

    /** What reading and validating a file gave: the scenario (null when unreadable) and its problems. */
    record Checked(Scenario scenario, List<Problem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private ScenarioInput() {
    }

    static Checked check(String file) {
        try {
            return check(Path.of(file));
        } catch (InvalidPathException e) {
            return new Checked(null, List.of(new Problem("", "not a valid file name (" + e.getReason() + ")")));
        }
    }

    static Checked check(Path file) {
        try {
            Scenario scenario = ScenarioFiles.load(file);
            List<Problem> problems = new ArrayList<>(ScenarioValidator.validate(scenario));
            problems.addAll(profiles(file).problems(scenario));
            return new Checked(scenario, problems);
        } catch (ScenarioFileException e) {
            return new Checked(null, e.problems());
        }
    }

    /** The calibration profiles a scenario file's hypervisors name, read from the file's folder. */
    static MigrationProfiles profiles(Path file) {
        return MigrationProfiles.beside(file);
    }

    /**
     * The scenario when the file is valid; otherwise prints its problems to {@code err}, then that
     * no numbers were computed, and gives none. Every command that computes numbers reads its
     * file here: a design with rule problems (a VM of -8 GiB, an SSI cycle) gives numbers that look
     * valid and are not, which is worse than none.
     */
    static Optional<Scenario> loadValid(Path file, PrintWriter err) {
        Checked checked = checkAndPrint(file, err);
        if (checked.valid()) {
            return Optional.of(checked.scenario());
        }
        int n = checked.problems().size();
        err.println(file + ": " + n + (n == 1 ? " problem" : " problems") + (checked.scenario() == null
                ? " reading the file" : " with the design's rules") + ": numbers not computed");
        return Optional.empty();
    }

    private static Checked checkAndPrint(Path file, PrintWriter err) {
        Checked checked = check(file);
        print(file.toString(), checked.problems(), err);
        return checked;
    }

    static void print(String file, List<Problem> problems, PrintWriter out) {
        for (Problem problem : problems) {
            out.println(file + ": " + problem.describe());
        }
    }
}
