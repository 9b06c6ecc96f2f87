package org.clustercomposer.bench.cloudsim;

/**
 * What one simulator run took and did.
 *
 * @param simulatedSeconds how far it got (less than the duration when capped)
 * @param events           events its engine processed (each engine counts its own kind)
 * @param peakHeapBytes    largest used heap seen during the run, above the heap before it
 * @param migrations       VM migrations finished
 * @param vmSteps          VM utilization updates applied (VMs x steps simulated): the work both do
 * @param energyJoules     energy all hosts drew over the simulated time; NaN where the run does not compute it
 * @param refusedMoves     scripted moves the simulator would not start (0 outside the same-migrations row)
 */
public record RunStats(String simulator, int hosts, int vms, double wallSeconds, double simulatedSeconds,
                       double duration, long events, long peakHeapBytes, long migrations, long vmSteps,
                       double energyJoules, long refusedMoves) {

    public boolean capped() {
        return simulatedSeconds < duration - 1e-6;
    }

    /** Wall time for the whole duration: measured, or extrapolated from the part done when capped. */
    public double fullWallSeconds() {
        return capped() ? wallSeconds * duration / Math.max(simulatedSeconds, 1e-9) : wallSeconds;
    }

    public double eventsPerSecond() {
        return events / wallSeconds;
    }
}
