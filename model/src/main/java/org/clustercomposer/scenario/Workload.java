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
 */
public record Workload(double cpuUtilization, double dirtyRate, double writableWorkingSet,
                       double networkTraffic, String trafficTo) {

    public static Workload idle() {
        return new Workload(0, 0, 0, 0, null);
    }

    public Workload withCpuUtilization(double value) {
        return new Workload(value, dirtyRate, writableWorkingSet, networkTraffic, trafficTo);
    }
}
