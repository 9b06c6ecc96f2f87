package org.clustercomposer.simulation.workload;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * How every VM's load varies in a run. Built per VM from the VM's mean utilization (the scenario's
 * value) and a seed of its own.
 */
public sealed interface WorkloadSpec {

    WorkloadSource sourceFor(double mean, long seed);

    /** The scenario's value, unchanged. */
    record Steady() implements WorkloadSpec {
        @Override
        public WorkloadSource sourceFor(double mean, long seed) {
            return new ConstantWorkload(mean);
        }
    }

    /** Every VM follows the same trace of utilization values. */
    record FromTrace(Trace trace) implements WorkloadSpec {
        @Override
        public WorkloadSource sourceFor(double mean, long seed) {
            return new TraceWorkload(trace);
        }
    }

    /** A fresh draw each step around the VM's mean; {@code spread} is the standard deviation. */
    record Random(Distribution distribution, double spread) implements WorkloadSpec {
        public Random {
            if (!(spread >= 0) || Double.isInfinite(spread)) {
                throw new IllegalArgumentException("spread must be finite and >= 0: " + spread);
            }
        }

        @Override
        public WorkloadSource sourceFor(double mean, long seed) {
            SplitMixGenerator rng = new SplitMixGenerator(seed);
            var d = switch (distribution) {
                case NORMAL -> new NormalDistribution(rng, mean, Math.max(spread, 1e-12));
                case UNIFORM -> new UniformRealDistribution(rng, mean - spread * Math.sqrt(3),
                        mean + spread * Math.sqrt(3) + 1e-12);
                case EXPONENTIAL -> new ExponentialDistribution(rng, Math.max(mean, 1e-12));
            };
            return new RandomWorkload(d, 0, 1);
        }
    }

    /** Shapes of random load, all with the VM's mean. */
    enum Distribution {
        NORMAL, UNIFORM, EXPONENTIAL
    }
}
