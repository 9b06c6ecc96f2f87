package org.clustercomposer.app.cli;

import java.util.Optional;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.MoveCost;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    ReportStyle format;

    @Override
    public Integer call() throws JsonProcessingException {
        Optional<Scenario> loaded = ScenarioInput.loadReadable(file, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Cli.INVALID_INPUT;
        }
        Scenario scenario = loaded.get();
        if (scenario.host(host).isEmpty()) {
            spec.commandLine().getErr().println(file + ": no host \"" + host + "\"");
            return Cli.INVALID_INPUT;
        }
        PlanCost plan = EvacuationPlanner.standard().drain(scenario, host);
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportStyle.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("host", host);
            json.put("totalSeconds", plan.totalSeconds());
            json.put("bytesSent", plan.bytesSent());
            json.put("maxDowntimeSeconds", plan.maxDowntimeSeconds());
            json.put("moves", plan.moves().stream().map(DrainCommand::move).toList());
            json.put("refused", plan.refused());
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
            return 0;
        }
        out.printf("Draining %s: %d moves, %d refused%n", host, plan.moves().size(), plan.refused().size());
        for (MoveCost m : plan.moves()) {
            out.printf("  %-12s -> %-10s %10s at %-12s downtime %-8s shared by %d  via %s%n", m.move().vmId(),
                    m.move().to(), Quantities.display(m.cost().totalSeconds(), Dimension.DURATION),
                    Quantities.display(m.bandwidth(), Dimension.BANDWIDTH),
                    Quantities.display(m.cost().downtimeSeconds(), Dimension.DURATION), m.sharedWith(),
                    String.join(" ", m.path()));
        }
        plan.refused().forEach(r -> out.println("  refused: " + r));
        out.printf("Total %s (moves run together), %s sent, longest pause %s%n",
                Quantities.display(plan.totalSeconds(), Dimension.DURATION),
                Quantities.display(plan.bytesSent(), Dimension.SIZE),
                Quantities.display(plan.maxDowntimeSeconds(), Dimension.DURATION));
        return 0;
    }

    private static Map<String, Object> move(MoveCost m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("vm", m.move().vmId());
        json.put("to", m.move().to());
        json.put("totalSeconds", m.cost().totalSeconds());
        json.put("downtimeSeconds", m.cost().downtimeSeconds());
        json.put("bytesSent", m.cost().bytesSent());
        json.put("bandwidth", m.bandwidth());
        json.put("sharedWith", m.sharedWith());
        json.put("path", List.copyOf(m.path()));
        return json;
    }
}
