package org.clustercomposer.topology;

/**
 * The hypervisor installed on a host.
 *
 * @param kind        free text such as "kvm", "xen", "vmware"
 * @param cpuOverhead fraction of the host's CPU capacity the hypervisor consumes (0.05 = 5 %)
 * @param ioOverhead  fraction of network/disk bandwidth lost to device virtualization
 */
public record Hypervisor(String kind, double cpuOverhead, double ioOverhead) {
    public static Hypervisor kvm() {
        // KVM with virtio: a few percent CPU, ~10 % I/O (Morabito et al., 2015 report 1-5 % CPU).
        return new Hypervisor("kvm", 0.04, 0.10);
    }
}
