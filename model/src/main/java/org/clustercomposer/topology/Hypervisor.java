package org.clustercomposer.topology;

/**
 * The hypervisor installed on a host.
 *
 * @param kind        free text such as "kvm", "xen", "vmware"
 * @param cpuOverhead fraction of the host's CPU capacity the hypervisor consumes (0.05 = 5 %)
 * @param ioOverhead  fraction of network/disk bandwidth lost to device virtualization
 * @param migration   what it is told for live migrations leaving this host (QEMU's defaults when nothing is set)
 */
public record Hypervisor(String kind, double cpuOverhead, double ioOverhead, HypervisorMigrationSettings migration) {

    public Hypervisor {
        if (migration == null) {
            migration = HypervisorMigrationSettings.qemuDefaults();
        }
    }

    /** A hypervisor with QEMU's default migration settings. */
    public Hypervisor(String kind, double cpuOverhead, double ioOverhead) {
        this(kind, cpuOverhead, ioOverhead, HypervisorMigrationSettings.qemuDefaults());
    }

    public static Hypervisor kvm() {
        // KVM with virtio: a few percent CPU, ~10 % I/O (Morabito et al., 2015 report 1-5 % CPU).
        return new Hypervisor("kvm", 0.04, 0.10);
    }

    public Hypervisor withKind(String newKind) {
        return new Hypervisor(newKind, cpuOverhead, ioOverhead, migration);
    }

    public Hypervisor withMigration(HypervisorMigrationSettings newMigration) {
        return new Hypervisor(kind, cpuOverhead, ioOverhead, newMigration);
    }
}
