package org.clustercomposer.bench.cloudsim;

import java.util.SplittableRandom;

/**
 * The data centre both simulators play: identical hosts, {@code vmsPerHost} VMs on each (1 or 2
 * vCPUs, alternating), and one utilization trace per VM with a value per step. Traces are diurnal
 * (a sine with a phase per host, so whole hosts peak and trough together and the thresholds fire)
 * plus seeded noise.
 */
public record BenchWorkload(int hosts, int vmsPerHost, int steps, double step, float[][] traces) {

    public static final int HOST_CORES = 16;
    public static final double CORE_MIPS = 1000;
    public static final double HOST_MEMORY_MIB = 64 * 1024;
    public static final double VM_MEMORY_MIB = 2048;
    public static final double HOST_BANDWIDTH_MBIT = 10_000;
    public static final double IDLE_WATTS = 100;
    public static final double PEAK_WATTS = 250;
    public static final double UPPER = 0.8;
    public static final double LOWER = 0.2;

    public static BenchWorkload generate(int hosts, int vmsPerHost, double duration, double step, long seed) {
        int steps = (int) Math.ceil(duration / step);
        int vms = hosts * vmsPerHost;
        float[][] traces = new float[vms][steps];
        SplittableRandom random = new SplittableRandom(seed);
        double[] phase = new double[hosts];
        for (int h = 0; h < hosts; h++) {
            phase[h] = random.nextDouble() * 2 * Math.PI;
        }
        for (int v = 0; v < vms; v++) {
            double base = 0.4 + 0.25 * random.nextDouble();
            double amplitude = 0.25 + 0.2 * random.nextDouble();
            for (int k = 0; k < steps; k++) {
                double day = 2 * Math.PI * k * step / 86_400;
                double u = base + amplitude * Math.sin(day + phase[v % hosts]) + 0.08 * gaussian(random);
                traces[v][k] = (float) Math.max(0.01, Math.min(1, u));
            }
        }
        return new BenchWorkload(hosts, vmsPerHost, steps, step, traces);
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = Math.max(1e-12, r.nextDouble());
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    public int vms() {
        return hosts * vmsPerHost;
    }

    /** vCPUs of VM v: 1 or 2, alternating on each host (15 vCPUs on 16 cores with 10 VMs). */
    public int vcpus(int v) {
        return 1 + ((v / hosts) & 1);
    }

    /** Initial host of VM v: round-robin, so each host starts with {@code vmsPerHost} VMs. */
    public int initialHost(int v) {
        return v % hosts;
    }

    public double utilization(int v, double time) {
        int k = (int) Math.min(steps - 1, Math.max(0, Math.floor(time / step + 1e-9)));
        return traces[v][k];
    }
}
