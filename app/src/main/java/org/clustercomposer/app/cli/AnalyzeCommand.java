package org.clustercomposer.app.cli;

import java.util.Optional;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.report.UtilizationReportFormat;
import org.clustercomposer.scenario.Scenario;

import com.fasterxml.jackson.core.JsonProcessingException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster-composer analyze FILE}: how loaded every host, link, switch, SSI domain and VM is. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Prints the utilization report of a scenario: overloads first, then every element and a summary.")
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario file (.json)")
    Path file;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    ReportStyle format;

    @Option(names = "--overcommit", paramLabel = "X", defaultValue = "1.0",
            description = "allowed memory overcommit, 1.0 = none (default: ${DEFAULT-VALUE})")
    double overcommit;

    @Override
    public Integer call() throws JsonProcessingException {
        Optional<Scenario> loaded = ScenarioInput.loadValid(file, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Cli.INVALID_INPUT;
        }
        Scenario scenario = loaded.get();
        if (!(overcommit >= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--overcommit must be at least 1, got " + overcommit);
        }
        UtilizationReport report = new UtilizationAnalysis(new UtilizationAnalysis.Options(overcommit)).analyze(scenario);
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportStyle.json) {
            out.println(UtilizationReportFormat.json(scenario, report));
        } else {
            UtilizationReportFormat.text(scenario, report, out);
        }
        return 0;
    }
}
