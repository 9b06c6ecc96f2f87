package org.clustercomposer.simulation.workload;

import org.apache.commons.math3.distribution.RealDistribution;

/**
 * Draws one value per step from a distribution (which owns its own seeded generator), clipped to
 * [min, max] so a long tail cannot ask for more than the VM has.
 */
public final class RandomWorkload implements WorkloadSource {

    private final RealDistribution distribution;
    private final double min;
    private final double max;

    public RandomWorkload(RealDistribution distribution, double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min must not exceed max: " + min + " > " + max);
        }
        this.distribution = distribution;
        this.min = min;
        this.max = max;
    }

    @Override
    public double next(double time) {
        double v = distribution.sample();
        return Math.max(min, Math.min(max, v));
    }
}
