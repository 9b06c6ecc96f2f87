package org.clustercomposer.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clustercomposer.app.gui.ClusterComposerApp;

import org.clustercomposer.scenario.io.ScenarioFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cluster-composer edit [FILE]}: opens the editor, with a scenario file already open. Not
 * named after its subcommand as the others are: {@code EditCommand} is the undo step of the editor.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Opens the editor, with FILE open when given (the same as no arguments otherwise).")
final class OpenEditorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a scenario file (.json) to open")
    Path file;

    @Override
    public Integer call() {
        // Refuse a missing file here, where the user typed it, rather than in a dialog later.
        String notAFile = file == null ? null : ScenarioFiles.notARegularFile(file);
        if (notAFile != null) {
            spec.commandLine().getErr().println(file + ": " + notAFile);
            return Cli.INVALID_INPUT;
        }
        ClusterComposerApp.launchEditor(file == null ? new String[0] : new String[] {file.toString()});
        return 0;
    }
}
