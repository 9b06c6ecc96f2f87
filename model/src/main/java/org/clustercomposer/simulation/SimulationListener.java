package org.clustercomposer.simulation;

/** Told after each step, on the thread that runs the simulation. */
@FunctionalInterface
public interface SimulationListener {

    /** @param fraction simulated time over the duration, 0..1 */
    void progressed(double simulatedTime, double fraction);
}
