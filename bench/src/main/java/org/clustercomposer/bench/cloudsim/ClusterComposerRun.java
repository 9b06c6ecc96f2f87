package org.clustercomposer.bench.cloudsim;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.simulation.Simulation;
import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.policy.ConsolidationPolicy;
import org.clustercomposer.simulation.policy.Hysteresis;
import org.clustercomposer.simulation.policy.NoOpPolicy;
import org.clustercomposer.simulation.policy.Policy;
import org.clustercomposer.simulation.policy.Thresholds;
import org.clustercomposer.simulation.workload.WorkloadDriver;
import org.clustercomposer.simulation.workload.WorkloadSource;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Storage;

/** The benchmark data centre in Cluster Composer's engine. */
final class ClusterComposerRun {

    private static final double MIB = 1 << 20;

    private ClusterComposerRun() {
    }

    static Scenario scenario(BenchWorkload w) {
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < w.hosts(); h++) {
            hosts.add(new Host("h" + h, "h" + h, BenchWorkload.HOST_CORES, 1e9, BenchWorkload.HOST_MEMORY_MIB * MIB,
                    BenchWorkload.HOST_BANDWIDTH_MBIT * 1e6 / 8, BenchWorkload.IDLE_WATTS, BenchWorkload.PEAK_WATTS,
                    new Hypervisor("kvm", 0, 0)));
        }
        List<Vm> vms = new ArrayList<>();
        for (int v = 0; v < w.vms(); v++) {
            // A light dirty rate: pre-copy converges in two or three rounds, as CloudSim's copy is one.
            vms.add(new Vm("v" + v, "v" + v, w.vcpus(v), BenchWorkload.VM_MEMORY_MIB * MIB, 0,
                    "h" + w.initialHost(v), new Workload(w.traces()[v][0], 4 * MIB, 64 * MIB, 0, null)));
        }
        // No links: hosts sit on one ideal switch, migrations limited by NICs (as in CloudSim).
        return new Scenario("bench-" + w.hosts(), "", hosts, List.of(), List.of(),
                List.of(new Storage("san", "san", 1e15, 1e12)), vms, List.of(), List.of(), Layout.empty());
    }

    static RunStats run(BenchWorkload w, double duration) {
        return run(w, duration, BenchRow.CONSOLIDATION, null);
    }

    /** One run of the row; {@code script} is the move list of the same-migrations row (else unused). */
    static RunStats run(BenchWorkload w, double duration, BenchRow row, MoveScript script) {
        SimulationConfig config = SimulationConfig.of(duration).withStep(w.step()).withRecordSeries(false);
        Thresholds thresholds = new Thresholds(BenchWorkload.UPPER, BenchWorkload.LOWER);
        try (PeakHeap heap = new PeakHeap()) {
            long start = System.nanoTime();
            Scenario scenario = scenario(w);
            // Both simulators read the same float traces in place.
            WorkloadSource[] sources = new WorkloadSource[w.vms()];
            for (int v = 0; v < sources.length; v++) {
                int vm = v;
                sources[v] = time -> w.utilization(vm, time);
            }
            ScriptedMovesPolicy scripted = row == BenchRow.SAME_MIGRATIONS
                    ? new ScriptedMovesPolicy(script, w.step()) : null;
            Policy policy = switch (row) {
                // No hysteresis: the static-threshold algorithm as CloudSim ships it, so the row stays as in 0303 (decision 0330).
                case CONSOLIDATION -> new ConsolidationPolicy(thresholds, Hysteresis.none(), true);
                case NONE -> new NoOpPolicy();
                case SAME_MIGRATIONS -> scripted;
            };
            Simulation simulation = new Simulation(scenario, config, new WorkloadDriver(sources), policy);
            SimulationResult r = simulation.run();
            double wall = (System.nanoTime() - start) / 1e9;
            return new RunStats("Cluster Composer", w.hosts(), w.vms(), wall, r.simulatedTime(), duration, r.events(),
                    heap.peakAboveBaseline(), r.completedMigrations(), (long) w.vms() * r.stepTimes().length, r.energy(),
                    scripted == null ? 0 : scripted.refused());
        }
    }
}
