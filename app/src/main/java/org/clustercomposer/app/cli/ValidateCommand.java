package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ScenarioValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cluster-composer validate FILE...}: reads and checks scenario files, one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files and prints every problem as FILE: /json/path: message.",
                "Exit status: 0 when every file is valid, 1 when any has a problem, 2 on a usage error."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (JSON)")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (String file : files) {
            allValid &= check(file, out);
        }
        out.flush();
        return allValid ? 0 : Cli.INVALID_INPUT;
    }

    private static boolean check(String file, PrintWriter out) {
        List<Problem> problems;
        Scenario scenario = null;
        try {
            scenario = ScenarioFiles.load(Path.of(file));
            problems = ScenarioValidator.validate(scenario);
        } catch (ScenarioFileException e) {
            problems = e.problems();
        } catch (InvalidPathException e) {
            problems = List.of(new Problem("", "not a valid file name (" + e.getReason() + ")"));
        }
        for (Problem problem : problems) {
            out.println(file + ": " + problem.describe());
        }
        if (problems.isEmpty()) {
            out.println(file + ": valid (" + Summary.of(scenario) + ")");
        }
        return problems.isEmpty();
    }
}
