package org.clustercomposer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.clustercomposer.report.OutputFormat;
import org.clustercomposer.report.ResultWriter;
import org.clustercomposer.report.SimulationSummaryFormat;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.io.IoMessages;
import org.clustercomposer.simulation.Simulation;
import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.workload.Trace;
import org.clustercomposer.simulation.workload.TraceFormatException;
import org.clustercomposer.simulation.workload.WorkloadSpec;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster-composer simulate FILE --duration 24h}: plays a scenario over time. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Plays a scenario over time with the event-driven engine and prints a summary.")
public final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario file (.json)")
    Path file;

    @CommandLine.Mixin
    SimulationOptions options;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of every random draw (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write time series, migrations and SLA here (an empty or new directory; default: none)")
    Path out;

    @Option(names = "--force", description = "let --out replace the result files of an earlier run in DIR")
    boolean force;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "csv",
            description = "csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SimulationConfig config = options.config(spec.commandLine()).withSeed(seed);
        OutputFormat outputFormat = OutputFormat.fromName(format)
                .orElseThrow(() -> usage("--format must be csv or json, got \"" + format + "\""));
        String outProblem = outputProblem();
        if (outProblem != null) {
            err.println(outProblem);
            return Cli.INVALID_INPUT;
        }
        Optional<Scenario> loaded = ScenarioInput.loadValid(file, err);
        if (loaded.isEmpty()) {
            return Cli.INVALID_INPUT;
        }
        Scenario scenario = loaded.get();
        config = options.config(spec.commandLine(), scenario.policy()).withSeed(seed);
        if (options.trace != null) {
            try {
                config = config.withWorkload(new WorkloadSpec.FromTrace(Trace.read(options.trace)));
            } catch (TraceFormatException e) {
                err.println(e.getMessage());
                return Cli.INVALID_INPUT;
            }
        }
        String tooBig = seriesTooLarge(scenario, config);
        if (tooBig != null) {
            throw usage(tooBig);
        }
        Simulation simulation;
        try {
            simulation = new Simulation(scenario, config, ScenarioInput.profiles(file));
        } catch (IllegalArgumentException e) {
            err.println(file + ": cannot simulate: " + e.getMessage());
            return Cli.INVALID_INPUT;
        }
        try {
            clearEarlierResults();
        } catch (IOException e) {
            err.println(out + ": cannot replace earlier results: " + IoMessages.describe(e));
            return Cli.INVALID_INPUT;
        }
        SimulationResult result = runInterruptibly(simulation, config.duration(), err);
        List<Path> written = List.of();
        if (out != null) {
            try {
                written = ResultWriter.write(result, out, outputFormat);
            } catch (IOException e) {
                err.println(out + ": cannot write results: " + IoMessages.describe(e));
                afterWriting.countDown();
                return Cli.INVALID_INPUT;
            }
        }
        SimulationSummaryFormat.text(result, written, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        afterWriting.countDown();
        return result.cancelled() ? Cli.CANCELLED : 0;
    }

    /*
     * Ctrl-C (SIGINT) or a plain kill (SIGTERM) cancels the run instead of losing it: the shutdown
     * hook stops the engine at its next event and waits while what was simulated so far is written,
     * marked cancelled.
     */
    private SimulationResult runInterruptibly(Simulation simulation, double duration, PrintWriter err) {
        CountDownLatch written = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            simulation.cancel();
            try {
                written.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "simulate-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        SimulationResult result;
        try {
            result = new ProgressBar(err, System.console() != null).run(simulation, duration);
        } finally {
            unhook(hook);
        }
        if (!result.cancelled()) {
            written.countDown();
            return result;
        }
        // Cancelled by a signal: the hook waits until call() has written, then the JVM exits.
        afterWriting = written;
        return result;
    }

    private CountDownLatch afterWriting = new CountDownLatch(0);

    private static void unhook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it waits for the results to be written.
        }
    }

    // Time series are held in memory for the whole run (floats per element and step): refuse a run
    // that cannot fit rather than fail with OutOfMemoryError after loading.
    private String seriesTooLarge(Scenario scenario, SimulationConfig config) {
        if (!config.recordSeries()) {
            return null;
        }
        double steps = Math.ceil(config.duration() / config.step()) + 1;
        double elements = 5.0 * scenario.hosts().size() + scenario.links().size() + scenario.ssiDomains().size() + 2;
        double bytes = steps * elements * Float.BYTES;
        double heap = Runtime.getRuntime().maxMemory();
        if (bytes < heap * 0.5) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "--duration %s at --step %s records %.0f samples of %d hosts"
                + " (%s of time series), more than half of the %s this Java may use: choose a longer --step or a"
                + " shorter --duration, or give Java more memory (-Xmx)", options.duration, options.step, steps, scenario.hosts().size(),
                Quantities.display(bytes, Dimension.SIZE),
                Quantities.display(heap, Dimension.SIZE));
    }

    /** The problem with --out before anything runs: not a directory, not writable, or holding files. */
    private String outputProblem() {
        if (out == null) {
            return null;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return out + ": cannot write results there: it is a file, not a directory";
        }
        if (!Files.exists(out)) {
            Path parent = out.toAbsolutePath().getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            if (parent != null && (!Files.isDirectory(parent) || !Files.isWritable(parent))) {
                return out + ": cannot create the directory: " + parent + (Files.isDirectory(parent)
                        ? " is not writable" : " is a file");
            }
            return null;
        }
        if (!Files.isWritable(out)) {
            return out + ": cannot write results there: the directory is not writable";
        }
        List<String> present;
        try (var entries = Files.list(out)) {
            present = entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return out + ": cannot read the directory: " + IoMessages.describe(e);
        }
        if (present.isEmpty()) {
            return null;
        }
        List<String> foreign = present.stream().filter(n -> !ResultWriter.FILE_NAMES.contains(n)).toList();
        if (!force) {
            return out + ": the directory is not empty (" + String.join(", ", present.subList(0, Math.min(4,
                    present.size()))) + (present.size() > 4 ? ", ..." : "") + "): choose an empty or new one, "
                    + "or add --force to replace the results of an earlier run";
        }
        if (!foreign.isEmpty()) {
            return out + ": --force replaces only result files, and the directory also holds " + foreign.get(0);
        }
        return null;
    }

    // With --force, the files of an earlier run go first, so none of them is left beside the new ones.
    private void clearEarlierResults() throws IOException {
        if (out != null && force && Files.isDirectory(out)) {
            for (String name : ResultWriter.FILE_NAMES) {
                Files.deleteIfExists(out.resolve(name));
            }
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
