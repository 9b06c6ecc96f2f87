package org.clustercomposer.simulation.workload;

import java.util.SplittableRandom;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * A Commons Math generator backed by {@link SplittableRandom}: a few words of state instead of
 * Well19937c's 2.5 KB, so ten thousand VMs can each own one. Same seed, same sequence.
 */
public final class SplitMixGenerator extends AbstractRandomGenerator {

    private SplittableRandom random;

    public SplitMixGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void setSeed(long seed) {
        random = new SplittableRandom(seed);
        clear();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    /**
     * The seed of stream {@code index} of kind {@code stream} under a run's master seed. Mixing
     * (not adding) keeps neighbouring VMs' streams unrelated, and a VM's stream does not depend on
     * how many other VMs there are.
     */
    public static long derive(long masterSeed, long stream, long index) {
        return mix(mix(masterSeed ^ 0x9E3779B97F4A7C15L * (stream + 1)) + index);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
