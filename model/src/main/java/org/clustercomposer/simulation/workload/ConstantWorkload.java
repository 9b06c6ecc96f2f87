package org.clustercomposer.simulation.workload;

/** A steady load: the value from the scenario, every step. */
public record ConstantWorkload(double value) implements WorkloadSource {

    public ConstantWorkload {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("constant workload must be finite and >= 0: " + value);
        }
    }

    @Override
    public double next(double time) {
        return value;
    }
}
