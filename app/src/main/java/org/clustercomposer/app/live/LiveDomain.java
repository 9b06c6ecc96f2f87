package org.clustercomposer.app.live;

import java.util.List;

import org.clustercomposer.scenario.VmState;

/**
 * One libvirt domain as read from its host. SI base units.
 *
 * @param memory         the domain's maximum memory, bytes (what {@code virsh dominfo} calls "Max memory")
 * @param disk           bytes: the capacities of its disks added up
 * @param interfaces     its network interfaces' MAC addresses
 * @param placedOn       where the design that defined it placed it (our metadata), or null
 * @param dirtyRate      bytes per second measured by libvirt's dirty-rate calculation; NaN when not measured
 *                       (a shut-off domain, or a host that cannot)
 * @param cpuUtilization fraction of its vCPUs busy while the dirty rate was measured; NaN when not measured
 * @param residentMemory bytes of host memory the domain uses (memory stats "rss"); NaN when unknown
 */
public record LiveDomain(String name, String uuid, String type, int vcpus, double memory, double disk,
                         List<String> interfaces, VmState state, String placedOn, double dirtyRate,
                         double cpuUtilization, double residentMemory, String xml) {

    public LiveDomain {
        interfaces = List.copyOf(interfaces);
    }

    public boolean isRunning() {
        return state == VmState.RUNNING;
    }

    public LiveDomain withMeasurements(double newDirtyRate, double newCpuUtilization, double newResidentMemory) {
        return new LiveDomain(name, uuid, type, vcpus, memory, disk, interfaces, state, placedOn, newDirtyRate,
                newCpuUtilization, newResidentMemory, xml);
    }
}
