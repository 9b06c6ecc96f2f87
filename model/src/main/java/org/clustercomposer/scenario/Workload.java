package org.clustercomposer.scenario;

/**
 * What a VM does, as the engines see it.
 *
 * @param cpuUtilization     fraction (0..1) of the VM's vCPUs kept busy
 * @param dirtyRate          bytes of memory written per second (drives pre-copy migration)
 * @param writableWorkingSet bytes of memory that are written over and over (hot pages)
 * @param networkTraffic     bytes per second the VM sends
 * @param trafficTo          id of the node or VM the traffic goes to, or null for "out of the
 *                           cluster" (routed to the top of the topology)
 * @param residentMemory     bytes of the VM's memory that hold data (resident, non-zero); a live migration sends the
 *                           rest as zero-page markers. 0 = unknown: every page is taken as non-zero
 */
public record Workload(double cpuUtilization, double dirtyRate, double writableWorkingSet,
                       double networkTraffic, String trafficTo, double residentMemory) {

    /** A workload whose resident memory is unknown (every page taken as non-zero). */
    public Workload(double cpuUtilization, double dirtyRate, double writableWorkingSet, double networkTraffic,
                    String trafficTo) {
        this(cpuUtilization, dirtyRate, writableWorkingSet, networkTraffic, trafficTo, 0);
    }

    public static Workload idle() {
        return new Workload(0, 0, 0, 0, null);
    }

    public Workload withCpuUtilization(double value) {
        return new Workload(value, dirtyRate, writableWorkingSet, networkTraffic, trafficTo, residentMemory);
    }

    /** The bytes a migration must send whole: the resident memory when known, else all of {@code memory}. */
    public double nonZeroMemory(double memory) {
        return residentMemory > 0 ? Math.min(residentMemory, memory) : memory;
    }
}
