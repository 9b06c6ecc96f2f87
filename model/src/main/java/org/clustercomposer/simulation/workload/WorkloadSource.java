package org.clustercomposer.simulation.workload;

/**
 * Where one VM's (or one application's) load comes from over time. The engine asks once per step,
 * in increasing time order, so a random source draws exactly one value per step and a run is
 * reproducible from its seed.
 */
public interface WorkloadSource {

    /** The value that holds from {@code time} until the next step (a utilization fraction 0..1). */
    double next(double time);
}
