package org.clustercomposer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clustercomposer.report.ScenarioSummary;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.IoMessages;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.views.canvas.NodePositions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cluster-composer generate --hosts N ... --out FILE}: writes a random, valid, realistic scenario. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates a realistic random scenario (racks, switches, KVM hosts at 30-70 %% CPU where memory"
                + " allows, VMs, SSI domains, overloads rare), lays it out as Arrange > Auto-Layout does and"
                + " saves it atomically. The same seed gives the same file."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--hosts", required = true, paramLabel = "N", description = "physical hosts")
    int hosts;

    @Option(names = "--vms", paramLabel = "M", defaultValue = "0", description = "virtual machines (default: ${DEFAULT-VALUE})")
    int vms;

    @Option(names = "--ssi-domains", paramLabel = "K", defaultValue = "0",
            description = "SSI domains over hosts and over VMs (default: ${DEFAULT-VALUE})")
    int ssiDomains;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the scenario")
    String out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario;
        Path file;
        long start = System.nanoTime();
        try {
            file = Path.of(out);
            scenario = NodePositions.laidOut(
                    new ScenarioGenerator().generate(new GeneratorParameters(hosts, vms, ssiDomains, seed)));
        } catch (IllegalArgumentException e) { // also InvalidPathException
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter printer = spec.commandLine().getOut();
        try {
            ScenarioFiles.save(scenario, file);
            double seconds = (System.nanoTime() - start) / 1e9;
            printer.printf(Locale.ROOT, "%s: wrote %s (%.1f MB) in %.1f s%n", out, ScenarioSummary.of(scenario),
                    Files.size(file) / 1e6, seconds);
            printer.flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(out + ": cannot write the file: " + IoMessages.describe(e));
            return Cli.INVALID_INPUT;
        }
    }
}
