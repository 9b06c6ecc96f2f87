package org.clustercomposer.simulation;

import org.clustercomposer.analysis.migration.TransferSettings;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.policy.Hysteresis;
import org.clustercomposer.simulation.policy.MigrationLimits;
import org.clustercomposer.simulation.policy.PolicyKind;
import org.clustercomposer.simulation.policy.Thresholds;
import org.clustercomposer.simulation.workload.WorkloadSpec;

/**
 * Everything about a run that is not the design itself.
 *
 * @param duration       simulated seconds
 * @param step           seconds between workload changes, policy decisions and samples
 * @param seed           master seed: every random draw of the run derives from it
 * @param processTransfer how SSI process migrations move their bytes (VM live migrations run on each source host's
 *                       hypervisor migration settings, in the scenario)
 * @param restartLostVms whether VMs lost with their host boot again elsewhere after {@code vmBootTime}
 * @param recordSeries   whether to keep per-host/link/domain time series (cluster totals are always kept)
 * @param limits         how many of the policy's migrations may run at once per host and per link
 * @param hysteresis     what keeps the threshold policies from moving VMs back and forth
 */
public record SimulationConfig(double duration, double step, long seed, PolicyKind policy, Thresholds thresholds,
                               WorkloadSpec workload, FaultPlan faults, TransferSettings processTransfer,
                               boolean restartLostVms, double vmBootTime, boolean recordSeries,
                               MigrationLimits limits, Hysteresis hysteresis) {

    public SimulationConfig {
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration must be positive and finite: " + duration);
        }
        if (!(step > 0) || step > duration) {
            throw new IllegalArgumentException("step must be positive and at most the duration: " + step);
        }
        if (duration / step > 10_000_000) {
            throw new IllegalArgumentException("too many steps: " + (long) (duration / step) + " (at most 10 million)");
        }
        if (limits == null) {
            throw new IllegalArgumentException("migration limits are required (MigrationLimits.unlimited() for none)");
        }
        if (hysteresis == null) {
            throw new IllegalArgumentException("hysteresis is required (Hysteresis.none() for none)");
        }
        if (!(vmBootTime >= 0)) {
            throw new IllegalArgumentException("vmBootTime must be >= 0: " + vmBootTime);
        }
    }

    /** Steady workloads, no policy, no faults, 5-minute steps, vSphere's migration limits, default hysteresis. */
    public static SimulationConfig of(double duration) {
        return new SimulationConfig(duration, Math.min(300, duration), 1, PolicyKind.NONE, Thresholds.defaults(),
                new WorkloadSpec.Steady(), FaultPlan.none(), TransferSettings.standard(), true, 60, true,
                MigrationLimits.defaults(), Hysteresis.defaults());
    }

    /** Number of steps: the last one may be shorter than {@code step}. */
    public int steps() {
        return (int) Math.ceil(duration / step - 1e-9);
    }

    public SimulationConfig withStep(double v) {
        return new SimulationConfig(duration, v, seed, policy, thresholds, workload, faults, processTransfer,
                restartLostVms, vmBootTime, recordSeries, limits, hysteresis);
    }

    public SimulationConfig withSeed(long v) {
        return new SimulationConfig(duration, step, v, policy, thresholds, workload, faults, processTransfer,
                restartLostVms, vmBootTime, recordSeries, limits, hysteresis);
    }

    public SimulationConfig withPolicy(PolicyKind v) {
        return new SimulationConfig(duration, step, seed, v, thresholds, workload, faults, processTransfer,
                restartLostVms, vmBootTime, recordSeries, limits, hysteresis);
    }

    public SimulationConfig withThresholds(Thresholds v) {
        return new SimulationConfig(duration, step, seed, policy, v, workload, faults, processTransfer,
                restartLostVms, vmBootTime, recordSeries, limits, hysteresis);
    }

    public SimulationConfig withWorkload(WorkloadSpec v) {
        return new SimulationConfig(duration, step, seed, policy, thresholds, v, faults, processTransfer,
                restartLostVms, vmBootTime, recordSeries, limits, hysteresis);
    }

    public SimulationConfig withFaults(FaultPlan v) {
        return new SimulationConfig(duration, step, seed, policy, thresholds, workload, v, processTransfer,
                restartLostVms, vmBootTime, recordSeries, limits, hysteresis);
    }

    public SimulationConfig withProcessTransfer(TransferSettings v) {
        return new SimulationConfig(duration, step, seed, policy, thresholds, workload, faults, v, restartLostVms,
                vmBootTime, recordSeries, limits, hysteresis);
    }

    public SimulationConfig withRestartLostVms(boolean v) {
        return new SimulationConfig(duration, step, seed, policy, thresholds, workload, faults, processTransfer, v,
                vmBootTime, recordSeries, limits, hysteresis);
    }

    public SimulationConfig withLimits(MigrationLimits v) {
        return new SimulationConfig(duration, step, seed, policy, thresholds, workload, faults, processTransfer,
                restartLostVms, vmBootTime, recordSeries, v, hysteresis);
    }

    public SimulationConfig withRecordSeries(boolean v) {
        return new SimulationConfig(duration, step, seed, policy, thresholds, workload, faults, processTransfer,
                restartLostVms, vmBootTime, v, limits, hysteresis);
    }

    public SimulationConfig withHysteresis(Hysteresis v) {
        return new SimulationConfig(duration, step, seed, policy, thresholds, workload, faults, processTransfer,
                restartLostVms, vmBootTime, recordSeries, limits, v);
    }
}
