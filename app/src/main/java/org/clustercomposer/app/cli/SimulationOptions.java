package org.clustercomposer.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.policy.PolicyKind;
import org.clustercomposer.simulation.policy.Thresholds;
import org.clustercomposer.simulation.workload.WorkloadSpec;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How a run is played (everything {@code simulate} takes but the file, the seed and where results
 * go), shared by {@code simulate} and {@code sweep}, which passes them on to each run unchanged.
 */
final class SimulationOptions {

    @Option(names = "--duration", required = true, paramLabel = "TIME", description = "simulated time, e.g. 24h")
    String duration;

    @Option(names = "--step", paramLabel = "TIME", defaultValue = "5 min",
            description = "workload, policy and sampling step (default: ${DEFAULT-VALUE})")
    String step;

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = "none",
            description = "none, consolidation, evacuation or ssi-balance (default: ${DEFAULT-VALUE})")
    String policy;

    @Option(names = "--workload", paramLabel = "KIND", defaultValue = "normal",
            description = "steady, normal, uniform or exponential around each VM's utilization "
                    + "(default: ${DEFAULT-VALUE})")
    String workload;

    @Option(names = "--spread", paramLabel = "X", defaultValue = "0.1",
            description = "standard deviation of random workloads (default: ${DEFAULT-VALUE})")
    double spread;

    @Option(names = "--trace", paramLabel = "CSV", description = "every VM follows this trace (time,value)")
    Path trace;

    @Option(names = "--host-mtbf", paramLabel = "TIME",
            description = "random host failures, mean time between (default: no failures)")
    String hostMtbf;

    @Option(names = "--mttr", paramLabel = "TIME",
            description = "mean time to repair a failed host; needs --host-mtbf (default: 1 h)")
    String mttr;

    @Option(names = "--upper", paramLabel = "X", defaultValue = "0.8",
            description = "overload threshold (default: ${DEFAULT-VALUE})")
    double upper;

    @Option(names = "--lower", paramLabel = "X", defaultValue = "0.2",
            description = "underload threshold (default: ${DEFAULT-VALUE})")
    double lower;

    /** The run's configuration (seed 1: the caller sets its own); usage errors name the option. */
    SimulationConfig config(CommandLine commandLine) {
        double total = time(commandLine, "--duration", duration);
        double stepSeconds = time(commandLine, "--step", step);
        PolicyKind kind = PolicyKind.fromCliName(policy).orElseThrow(() -> usage(commandLine,
                "--policy must be one of " + PolicyKind.names() + ", got \"" + policy + "\""));
        if (!(stepSeconds <= total)) {
            throw usage(commandLine, "--step (" + step + ") must not exceed --duration (" + duration + ")");
        }
        try {
            FaultPlan faults = FaultPlan.none();
            if (hostMtbf != null) {
                faults = faults.withHostMtbf(time(commandLine, "--host-mtbf", hostMtbf),
                        time(commandLine, "--mttr", mttr == null ? "1 h" : mttr));
            } else if (mttr != null) {
                throw usage(commandLine, "--mttr needs --host-mtbf: without random failures nothing is repaired");
            }
            return SimulationConfig.of(total).withStep(stepSeconds).withPolicy(kind)
                    .withThresholds(new Thresholds(upper, lower)).withWorkload(workloadSpec(commandLine))
                    .withFaults(faults);
        } catch (IllegalArgumentException e) {
            throw usage(commandLine, e.getMessage());
        }
    }

    /** These options as {@code simulate} arguments, the trace by its absolute path (runs start elsewhere). */
    List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--duration", duration, "--step", step, "--policy", policy,
                "--workload", workload, "--spread", Double.toString(spread), "--upper", Double.toString(upper),
                "--lower", Double.toString(lower)));
        if (trace != null) {
            args.addAll(List.of("--trace", trace.toAbsolutePath().toString()));
        }
        if (hostMtbf != null) {
            args.addAll(List.of("--host-mtbf", hostMtbf));
        }
        if (mttr != null) {
            args.addAll(List.of("--mttr", mttr));
        }
        return args;
    }

    private WorkloadSpec workloadSpec(CommandLine commandLine) {
        if (workload.equals("steady")) {
            return new WorkloadSpec.Steady();
        }
        for (WorkloadSpec.Distribution d : WorkloadSpec.Distribution.values()) {
            if (d.name().equalsIgnoreCase(workload)) {
                return new WorkloadSpec.Random(d, spread);
            }
        }
        throw usage(commandLine, "--workload must be steady, normal, uniform or exponential, got \"" + workload + "\"");
    }

    private static double time(CommandLine commandLine, String option, String text) {
        try {
            return QuantityConverters.positiveTime(option, text);
        } catch (CommandLine.TypeConversionException e) {
            throw usage(commandLine, e.getMessage());
        }
    }

    private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }
}
