package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clustercomposer.app.gui.ClusterComposerApp;
import org.clustercomposer.samples.Lessons;
import org.clustercomposer.scenario.io.ScenarioFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cluster-composer edit [FILE]}: opens the editor, with a scenario file already open. Not
 * named after its subcommand as the others are: {@code EditCommand} is the undo step of the editor.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Opens the editor, with FILE open when given (the same as no arguments otherwise).",
            "With --lesson, opens a lesson instead: a shipped one by its ID (cluster-composer lessons lists them) "
                    + "or a lesson file."})
final class OpenEditorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a scenario file (.json) to open")
    Path file;

    @Option(names = "--lesson", paramLabel = "ID|FILE", description = "a shipped lesson's id, or a lesson file")
    String lesson;

    @Override
    public Integer call() {
        if (lesson != null) {
            return openLesson();
        }
        // Refuse a missing file here, where the user typed it, rather than in a dialog later.
        String notAFile = file == null ? null : ScenarioFiles.notARegularFile(file);
        if (notAFile != null) {
            spec.commandLine().getErr().println(file + ": " + notAFile);
            return Cli.INVALID_INPUT;
        }
        ClusterComposerApp.launchEditor(file == null ? new String[0] : new String[] {file.toString()});
        return 0;
    }

    private int openLesson() {
        PrintWriter err = spec.commandLine().getErr();
        if (file != null) {
            err.println("edit: give FILE or --lesson, not both");
            return 2;
        }
        if (Lessons.byId(lesson).isPresent()) {
            ClusterComposerApp.launchEditor(new String[] {ClusterComposerApp.LESSON_ARGUMENT, lesson});
            return 0;
        }
        Path path = Path.of(lesson);
        if (ScenarioFiles.notARegularFile(path) != null) {
            err.println("edit: no lesson " + lesson + " (neither a shipped lesson's id nor a file); "
                    + "cluster-composer lessons lists them");
            return Cli.INVALID_INPUT;
        }
        // A bad lesson file is refused here, where the user typed it, with every problem.
        if (LessonsCommand.load(path, err).isEmpty()) {
            err.flush();
            return Cli.INVALID_INPUT;
        }
        ClusterComposerApp.launchEditor(new String[] {ClusterComposerApp.LESSON_ARGUMENT, path.toString()});
        return 0;
    }
}
