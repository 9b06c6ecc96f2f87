package org.clustercomposer.scenario.generate;

import java.util.Random;

import org.clustercomposer.scenario.Workload;

/**
 * Kinds of work a VM does. Ranges follow published measurements: cloud VMs mostly idle below 30 %
 * CPU (Azure and Google traces); page dirty rates from a few MiB/s for web servers to hundreds of
 * MiB/s for memory-bound HPC kernels (Clark et al., NSDI 2005; Svärd et al., VEE 2011).
 */
enum WorkloadProfile {
    IDLE("dev", 0.01, 0.10, 1, 5, 0.01, 0.03, 1, 5, 20),
    WEB("web", 0.10, 0.40, 5, 40, 0.05, 0.10, 50, 300, 35),
    DATABASE("db", 0.30, 0.70, 50, 250, 0.10, 0.30, 20, 200, 25),
    HPC("hpc", 0.70, 0.98, 100, 800, 0.20, 0.50, 10, 100, 20);

    final String label;
    private final double minCpu;
    private final double maxCpu;
    private final int minDirtyMib;
    private final int maxDirtyMib;
    private final double minHotFraction;
    private final double maxHotFraction;
    private final int minTrafficMbit;
    private final int maxTrafficMbit;
    private final int weight;

    WorkloadProfile(String label, double minCpu, double maxCpu, int minDirtyMib, int maxDirtyMib,
                    double minHotFraction, double maxHotFraction, int minTrafficMbit, int maxTrafficMbit,
                    int weight) {
        this.label = label;
        this.minCpu = minCpu;
        this.maxCpu = maxCpu;
        this.minDirtyMib = minDirtyMib;
        this.maxDirtyMib = maxDirtyMib;
        this.minHotFraction = minHotFraction;
        this.maxHotFraction = maxHotFraction;
        this.minTrafficMbit = minTrafficMbit;
        this.maxTrafficMbit = maxTrafficMbit;
        this.weight = weight;
    }

    static WorkloadProfile draw(Random random) {
        return Weighted.draw(values(), p -> p.weight, random);
    }

    /** A workload for a VM of {@code memory} bytes; figures rounded so files stay readable. */
    Workload workload(Random random, double memory, String trafficTo) {
        double cpu = Math.round((minCpu + random.nextDouble() * (maxCpu - minCpu)) * 100) / 100.0;
        double dirty = (minDirtyMib + random.nextInt(maxDirtyMib - minDirtyMib + 1)) * Units.MIB;
        double hotFraction = minHotFraction + random.nextDouble() * (maxHotFraction - minHotFraction);
        // Hot pages in 64 MiB steps, at least one step, never more than the VM's memory.
        double step = 64 * Units.MIB;
        double hot = Math.min(memory, Math.max(step, Math.round(memory * hotFraction / step) * step));
        double traffic = (minTrafficMbit + random.nextInt(maxTrafficMbit - minTrafficMbit + 1)) * Units.MBIT;
        return new Workload(cpu, dirty, hot, traffic, trafficTo);
    }
}
