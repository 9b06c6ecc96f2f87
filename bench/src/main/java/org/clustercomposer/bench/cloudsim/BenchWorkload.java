package org.clustercomposer.bench.cloudsim;

import java.util.SplittableRandom;

/**
 * The data centre both simulators play: identical hosts, {@code vmsPerHost} VMs on nine in ten (1 or 2
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
        int vms = loaded(hosts) * vmsPerHost;
        float[][] traces = new float[vms][steps];
        SplittableRandom random = new SplittableRandom(seed);
        double[] phase = new double[hosts];
        for (int h = 0; h < hosts; h++) {
            phase[h] = random.nextDouble() * 2 * Math.PI;
        }
        for (int v = 0; v < vms; v++) {
            double base = 0.5 + 0.15 * random.nextDouble();
            double amplitude = 0.3 + 0.15 * random.nextDouble();
            for (int k = 0; k < steps; k++) {
                double day = 2 * Math.PI * k * step / 86_400;
                double u = base + amplitude * Math.sin(day + phase[v % loaded(hosts)]) + 0.05 * gaussian(random);
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
        return loadedHosts() * vmsPerHost;
    }

    /** vCPUs of VM v: 1 or 2, alternating on each host (about 15 vCPUs on 16 cores with 10 VMs). */
    public int vcpus(int v) {
        return 1 + ((v / loadedHosts()) & 1);
    }

    /** Hosts that start with VMs; the rest (one in ten) start empty, room for the policy to use. */
    public int loadedHosts() {
        return loaded(hosts);
    }

    private static int loaded(int hosts) {
        return Math.max(1, hosts - hosts / 10);
    }

    /** Initial host of VM v: round-robin over the loaded hosts. */
    public int initialHost(int v) {
        return v % loadedHosts();
    }

    public double utilization(int v, double time) {
        int k = (int) Math.min(steps - 1, Math.max(0, Math.floor(time / step + 1e-9)));
        return traces[v][k];
    }
}
