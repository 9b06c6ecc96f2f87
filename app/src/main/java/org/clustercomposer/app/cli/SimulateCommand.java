package org.clustercomposer.app.cli;

import java.util.Optional;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.clustercomposer.report.OutputFormat;
import org.clustercomposer.report.ResultWriter;
import org.clustercomposer.report.SimulationSummaryFormat;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.Simulation;
import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.policy.PolicyKind;
import org.clustercomposer.simulation.policy.Thresholds;
import org.clustercomposer.simulation.workload.Trace;
import org.clustercomposer.simulation.workload.TraceFormatException;
import org.clustercomposer.simulation.workload.WorkloadSpec;

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

    @Option(names = "--duration", required = true, paramLabel = "TIME", description = "simulated time, e.g. 24h")
    String duration;

    @Option(names = "--step", paramLabel = "TIME", defaultValue = "5 min",
            description = "workload, policy and sampling step (default: ${DEFAULT-VALUE})")
    String step;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of every random draw")
    long seed;

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = "none",
            description = "none, consolidation, evacuation or ssi-balance (default: ${DEFAULT-VALUE})")
    String policy;

    @Option(names = "--out", paramLabel = "DIR", description = "write time series, migrations and SLA here")
    Path out;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "csv", description = "csv or json")
    String format;

    @Option(names = "--workload", paramLabel = "KIND", defaultValue = "normal",
            description = "steady, normal, uniform or exponential around each VM's utilization "
                    + "(default: ${DEFAULT-VALUE})")
    String workload;

    @Option(names = "--spread", paramLabel = "X", defaultValue = "0.1",
            description = "standard deviation of random workloads (default: ${DEFAULT-VALUE})")
    double spread;

    @Option(names = "--trace", paramLabel = "CSV", description = "every VM follows this trace (time,value)")
    Path trace;

    @Option(names = "--host-mtbf", paramLabel = "TIME", description = "random host failures, mean time between")
    String hostMtbf;

    @Option(names = "--mttr", paramLabel = "TIME", defaultValue = "1 h", description = "mean time to repair")
    String mttr;

    @Option(names = "--upper", defaultValue = "0.8", description = "overload threshold (default: ${DEFAULT-VALUE})")
    double upper;

    @Option(names = "--lower", defaultValue = "0.2", description = "underload threshold (default: ${DEFAULT-VALUE})")
    double lower;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SimulationConfig config = config();
        OutputFormat outputFormat = OutputFormat.fromName(format)
                .orElseThrow(() -> usage("--format must be csv or json, got \"" + format + "\""));
        Optional<Scenario> loaded = ScenarioInput.loadValid(file, err);
        if (loaded.isEmpty()) {
            return Cli.INVALID_INPUT;
        }
        Scenario scenario = loaded.get();
        if (trace != null) {
            try {
                config = config.withWorkload(new WorkloadSpec.FromTrace(Trace.read(trace)));
            } catch (TraceFormatException e) {
                err.println(e.getMessage());
                return Cli.INVALID_INPUT;
            }
        }
        Simulation simulation;
        try {
            simulation = new Simulation(scenario, config);
        } catch (IllegalArgumentException e) {
            err.println(file + ": cannot simulate: " + e.getMessage());
            return Cli.INVALID_INPUT;
        }
        SimulationResult result = new ProgressBar(err, System.console() != null).run(simulation, config.duration());
        List<Path> written = List.of();
        if (out != null) {
            try {
                written = ResultWriter.write(result, out, outputFormat);
            } catch (IOException e) {
                err.println(out + ": cannot write results: " + e.getMessage());
                return Cli.INVALID_INPUT;
            }
        }
        SimulationSummaryFormat.text(result, written, spec.commandLine().getOut());
        return 0;
    }

    private SimulationConfig config() {
        double total = time("--duration", duration);
        double stepSeconds = time("--step", step);
        PolicyKind kind = PolicyKind.fromCliName(policy)
                .orElseThrow(() -> usage("--policy must be one of " + PolicyKind.names() + ", got \"" + policy + "\""));
        if (!(stepSeconds <= total)) {
            throw usage("--step (" + step + ") must not exceed --duration (" + duration + ")");
        }
        try {
            FaultPlan faults = FaultPlan.none();
            if (hostMtbf != null) {
                faults = faults.withHostMtbf(time("--host-mtbf", hostMtbf), time("--mttr", mttr));
            }
            return SimulationConfig.of(total).withStep(stepSeconds).withSeed(seed).withPolicy(kind)
                    .withThresholds(new Thresholds(upper, lower)).withWorkload(workloadSpec()).withFaults(faults);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private WorkloadSpec workloadSpec() {
        if (workload.equals("steady")) {
            return new WorkloadSpec.Steady();
        }
        for (WorkloadSpec.Distribution d : WorkloadSpec.Distribution.values()) {
            if (d.name().equalsIgnoreCase(workload)) {
                return new WorkloadSpec.Random(d, spread);
            }
        }
        throw usage("--workload must be steady, normal, uniform or exponential, got \"" + workload + "\"");
    }

    private double time(String option, String text) {
        try {
            return QuantityConverters.positiveTime(option, text);
        } catch (CommandLine.TypeConversionException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
