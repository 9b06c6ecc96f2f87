package org.clustercomposer.app.cli;

import java.util.Optional;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.report.EvacuationPlanFormat;
import org.clustercomposer.scenario.Scenario;

import com.fasterxml.jackson.core.JsonProcessingException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster-composer drain FILE HOST}: what moving every VM off a host costs, moves running together. */
@Command(name = "drain", mixinStandardHelpOptions = true,
        description = "Plans moving every VM off a host (destinations with room, nearest first) and prints each "
                + "move's cost and the total when the moves share links.")
final class DrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario file (.json)")
    Path file;

    @Parameters(index = "1", paramLabel = "HOST", description = "id of the host to drain")
    String host;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    ReportStyle format;

    @Override
    public Integer call() throws JsonProcessingException {
        Optional<Scenario> loaded = ScenarioInput.loadValid(file, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Cli.INVALID_INPUT;
        }
        Scenario scenario = loaded.get();
        if (scenario.host(host).isEmpty()) {
            spec.commandLine().getErr().println(file + ": no host \"" + host + "\"");
            return Cli.INVALID_INPUT;
        }
        PlanCost plan = EvacuationPlanner.of(MigrationMethod.PRE_COPY, ScenarioInput.profiles(file)).drain(scenario, host);
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportStyle.json) {
            out.println(EvacuationPlanFormat.json(host, plan));
        } else {
            EvacuationPlanFormat.text(host, plan, out);
        }
        return 0;
    }
}
