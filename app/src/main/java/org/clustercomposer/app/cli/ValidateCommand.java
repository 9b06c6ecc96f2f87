package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.clustercomposer.report.ScenarioSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cluster-composer validate FILE...}: reads and checks scenario files, one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks scenario files and prints every problem as FILE: /json/path: message.")
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
        ScenarioInput.Checked checked = ScenarioInput.check(file);
        ScenarioInput.print(file, checked.problems(), out);
        if (checked.valid()) {
            out.println(file + ": valid (" + ScenarioSummary.of(checked.scenario()) + ")");
        }
        return checked.valid();
    }
}
