package org.clustercomposer.simulation.workload;

import java.util.List;

import org.clustercomposer.scenario.Vm;
import org.clustercomposer.simulation.cluster.ClusterModel;

/**
 * Gives every VM its next utilization at each step. Sources are built per VM with a seed derived
 * from the run's seed and the VM's index, so VM 7's load does not depend on VM 6's draws. Steady
 * VMs are set once and skipped afterwards.
 */
public final class WorkloadDriver {

    private static final long WORKLOAD_STREAM = 1;

    private final WorkloadSource[] sources;
    private final boolean[] steady;
    private boolean started;

    public WorkloadDriver(List<Vm> vms, WorkloadSpec spec, long seed) {
        sources = new WorkloadSource[vms.size()];
        steady = new boolean[vms.size()];
        for (int v = 0; v < sources.length; v++) {
            var w = vms.get(v).workload();
            double mean = w == null ? 0 : w.cpuUtilization();
            sources[v] = spec.sourceFor(mean, SplitMixGenerator.derive(seed, WORKLOAD_STREAM, v));
            steady[v] = sources[v] instanceof ConstantWorkload;
        }
    }

    /** A driver with the given sources, one per VM (a benchmark's or a test's own traces). */
    public WorkloadDriver(WorkloadSource[] sources) {
        this.sources = sources.clone();
        this.steady = new boolean[sources.length];
        for (int v = 0; v < sources.length; v++) {
            steady[v] = sources[v] instanceof ConstantWorkload;
        }
    }

    public void apply(ClusterModel cluster, double time) {
        for (int v = 0; v < sources.length; v++) {
            if (!started || !steady[v]) {
                cluster.setUtilization(v, sources[v].next(time));
            }
        }
        started = true;
    }
}
