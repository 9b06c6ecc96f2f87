package org.clustercomposer.views.results;

import java.nio.file.Path;
import java.util.List;

import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.fault.MaintenanceSpec;
import org.clustercomposer.simulation.policy.PolicyKind;
import org.clustercomposer.simulation.policy.Thresholds;
import org.clustercomposer.simulation.workload.Trace;
import org.clustercomposer.simulation.workload.TraceFormatException;
import org.clustercomposer.simulation.workload.WorkloadSpec;

/**
 * What Simulate › Settings edits: the same knobs as the {@code simulate} command, plus one planned
 * host maintenance (the paper's scenario: a host drained for service while the cluster runs).
 *
 * @param hostMtbf          mean seconds between random host failures; infinity for none
 * @param trace             a CSV trace every VM follows, or null for random workloads around each VM's load
 * @param maintenanceHost   host id to drain, or null for no maintenance
 * @param maintenanceStart  seconds into the run
 * @param maintenanceLength seconds the host stays off
 */
public record SimulationSettings(double duration, double step, long seed, PolicyKind policy, double hostMtbf,
                                 Path trace, String maintenanceHost, double maintenanceStart,
                                 double maintenanceLength) {

    public SimulationSettings {
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration must be a positive time");
        }
        if (!(step > 0) || step > duration) {
            throw new IllegalArgumentException("step must be positive and at most the duration");
        }
        if (!(hostMtbf > 0)) {
            throw new IllegalArgumentException("host MTBF must be a positive time (or empty for none)");
        }
        if (maintenanceHost != null && (!(maintenanceStart >= 0) || !(maintenanceLength > 0))) {
            throw new IllegalArgumentException("maintenance needs a start of 0 or more and a positive length");
        }
    }

    /** A day at 5-minute steps, random workloads, no policy, no faults: what F5 runs first. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(24 * 3600, 300, 1, PolicyKind.NONE, Double.POSITIVE_INFINITY, null, null,
                0, 0);
    }

    public SimulationSettings withPolicy(PolicyKind p) {
        return new SimulationSettings(duration, step, seed, p, hostMtbf, trace, maintenanceHost, maintenanceStart,
                maintenanceLength);
    }

    public SimulationSettings withMaintenance(String host, double start, double length) {
        return new SimulationSettings(duration, step, seed, policy, hostMtbf, trace, host, start, length);
    }

    /** The engine's configuration; reads the trace file if there is one. */
    public SimulationConfig config() throws TraceFormatException {
        FaultPlan faults = FaultPlan.none();
        if (Double.isFinite(hostMtbf)) {
            faults = faults.withHostMtbf(hostMtbf, 3600);
        }
        if (maintenanceHost != null) {
            faults = faults.withMaintenance(List.of(new MaintenanceSpec(maintenanceHost, maintenanceStart,
                    maintenanceLength)));
        }
        WorkloadSpec workload = trace == null ? new WorkloadSpec.Random(WorkloadSpec.Distribution.NORMAL, 0.1)
                : new WorkloadSpec.FromTrace(Trace.read(trace));
        return SimulationConfig.of(duration).withStep(step).withSeed(seed).withPolicy(policy)
                .withThresholds(Thresholds.defaults()).withWorkload(workload).withFaults(faults);
    }
}
