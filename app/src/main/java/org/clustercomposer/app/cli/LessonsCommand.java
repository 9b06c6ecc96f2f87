package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.lesson.io.LessonFiles;
import org.clustercomposer.samples.Lessons;
import org.clustercomposer.scenario.io.ScenarioFileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cluster-composer lessons [FILE...]}: lists the shipped lessons (id, steps, title), or checks
 * lesson files and lists them, one line per problem as {@code FILE: /json/pointer: message}.
 */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = {"Lists the lessons shipped with the editor: ID, number of steps, title.",
            "With FILEs, checks those lesson files instead (every problem as FILE: /json/pointer: message).",
            "Open one with: cluster-composer edit --lesson ID (or FILE)."})
final class LessonsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "lesson files (JSON) to check and list")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (files == null || files.isEmpty()) {
            for (Lesson l : Lessons.all()) {
                out.println(line(l.id(), l));
            }
            out.flush();
            return 0;
        }
        boolean valid = true;
        for (Path file : files) {
            Optional<Lesson> l = load(file, out);
            l.ifPresent(lesson -> out.println(line(file.toString(), lesson)));
            valid &= l.isPresent();
        }
        out.flush();
        return valid ? 0 : Cli.INVALID_INPUT;
    }

    private static String line(String name, Lesson l) {
        return String.format("%-22s %2d steps  %s", name, l.steps().size(), l.title());
    }

    /** The lesson in a file, or empty after printing each problem as FILE: /pointer: message. */
    static Optional<Lesson> load(Path file, PrintWriter err) {
        try {
            return Optional.of(LessonFiles.load(file));
        } catch (ScenarioFileException e) {
            e.problems().forEach(p -> err.println(file + ": " + p.describe()));
            return Optional.empty();
        }
    }
}
