package org.clustercomposer.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.PolicySettings;
import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.policy.Hysteresis;
import org.clustercomposer.simulation.policy.MigrationLimits;
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

    // The settings below may also be in the scenario's "policy" object: an option given here wins.
    @Option(names = "--trigger-steps", paramLabel = "K",
            description = "consecutive steps a host must be over --upper or under --lower before a policy acts on it"
                    + " (default: the file's, else " + Hysteresis.DEFAULT_TRIGGER_STEPS + "; 1: at once)")
    Integer triggerSteps;

    @Option(names = "--cool-down", paramLabel = "TIME",
            description = "a VM a policy moved is not moved again for this long (default: the file's, else 1 h; 0: none)")
    String coolDown;

    @Option(names = "--margin", paramLabel = "X",
            description = "overloaded hosts shed to, and targets fill to, at most --upper minus this (default: the"
                    + " file's, else " + Hysteresis.DEFAULT_MARGIN + "; 0: none)")
    Double margin;

    @Option(names = "--max-migrations-per-host", paramLabel = "N",
            description = "a policy's migrations at once into or out of one host; more wait (default: the file's, else "
                    + MigrationLimits.VSPHERE_PER_HOST_10GBE + "; 0: no limit)")
    Integer maxMigrationsPerHost;

    @Option(names = "--max-migrations-per-link", paramLabel = "N",
            description = "a policy's migrations at once across one link direction; more wait (default: the file's,"
                    + " else " + MigrationLimits.VSPHERE_PER_HOST_10GBE + "; 0: no limit)")
    Integer maxMigrationsPerLink;

    /** The run's configuration before a scenario is read (to report usage errors early). */
    SimulationConfig config(CommandLine commandLine) {
        return config(commandLine, PolicySettings.none());
    }

    /**
     * The run's configuration (seed 1: the caller sets its own), the scenario's policy settings
     * under the options given; usage errors name the option.
     */
    SimulationConfig config(CommandLine commandLine, PolicySettings fromFile) {
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
                    .withFaults(faults).withHysteresis(hysteresis(commandLine, fromFile))
                    .withLimits(limits(commandLine, fromFile));
        } catch (IllegalArgumentException e) {
            throw usage(commandLine, e.getMessage());
        }
    }

    private Hysteresis hysteresis(CommandLine commandLine, PolicySettings file) {
        Hysteresis d = Hysteresis.defaults();
        double coolDownSeconds = coolDown != null ? time(commandLine, "--cool-down", coolDown, false)
                : first(file.coolDown(), d.coolDown());
        try {
            return new Hysteresis(first(triggerSteps, first(file.triggerSteps(), d.triggerSteps())), coolDownSeconds,
                    first(margin, first(file.margin(), d.margin())));
        } catch (IllegalArgumentException e) {
            throw usage(commandLine, namingTheOption(e.getMessage()));
        }
    }

    private MigrationLimits limits(CommandLine commandLine, PolicySettings file) {
        MigrationLimits d = MigrationLimits.defaults();
        int perHost = first(maxMigrationsPerHost, first(file.maxMigrationsPerHost(), d.perHost()));
        int perLink = first(maxMigrationsPerLink, first(file.maxMigrationsPerLink(), d.perLink()));
        if (perHost < 0) {
            throw usage(commandLine, "--max-migrations-per-host must be 0 (no limit) or more, got " + perHost);
        }
        if (perLink < 0) {
            throw usage(commandLine, "--max-migrations-per-link must be 0 (no limit) or more, got " + perLink);
        }
        return new MigrationLimits(perHost, perLink);
    }

    // The record's message starts with the setting's name; the user typed the option, so name that instead.
    private static String namingTheOption(String message) {
        for (String[] setting : new String[][] {{"trigger steps", "--trigger-steps"}, {"cool-down", "--cool-down"},
                {"margin", "--margin"}}) {
            if (message.startsWith(setting[0])) {
                return setting[1] + message.substring(setting[0].length());
            }
        }
        return message;
    }

    private static <T> T first(T given, T fallback) {
        return given != null ? given : fallback;
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
        // Only what was given: a setting left out stays the variant file's.
        if (triggerSteps != null) {
            args.addAll(List.of("--trigger-steps", Integer.toString(triggerSteps)));
        }
        if (coolDown != null) {
            args.addAll(List.of("--cool-down", coolDown));
        }
        if (margin != null) {
            args.addAll(List.of("--margin", Double.toString(margin)));
        }
        if (maxMigrationsPerHost != null) {
            args.addAll(List.of("--max-migrations-per-host", Integer.toString(maxMigrationsPerHost)));
        }
        if (maxMigrationsPerLink != null) {
            args.addAll(List.of("--max-migrations-per-link", Integer.toString(maxMigrationsPerLink)));
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
        return time(commandLine, option, text, true);
    }

    private static double time(CommandLine commandLine, String option, String text, boolean positive) {
        try {
            return positive ? QuantityConverters.positiveTime(option, text)
                    : QuantityConverters.nonNegativeTime(option, text);
        } catch (CommandLine.TypeConversionException e) {
            throw usage(commandLine, e.getMessage());
        }
    }

    private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }
}
