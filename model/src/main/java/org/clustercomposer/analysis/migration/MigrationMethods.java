package org.clustercomposer.analysis.migration;

import org.clustercomposer.topology.HypervisorMigrationSettings;

/**
 * The one place that turns "how is this VM moved" into a cost model: the CLI's migration-cost and every other
 * caller that prices a single move use it, so they give the same numbers.
 */
public final class MigrationMethods {

    /** How the VM moves. */
    /**
     * How the VM moves; {@code process} is SSI process migration (MOSIX/Kerrighed home-node model: freeze, send the
     * written pages, fetch the rest on demand afterwards).
     */
    public enum Method { precopy, postcopy, cold, process }

    /** Whose live migration: QEMU/KVM's stop rule and defaults, or Xen's. */
    public enum Hypervisor { qemu, xen }

    private MigrationMethods() {
    }

    /**
     * The model for a method on a hypervisor. {@code profile} null = the built-in profile of the settings'
     * transport. Xen ignores QEMU's settings (it has no cap, 30 rounds, 3x memory).
     */
    public static MigrationCostModel model(Method method, Hypervisor hypervisor, HypervisorMigrationSettings settings,
                                           TransportProfile profile) {
        return switch (method) {
            case precopy -> hypervisor == Hypervisor.xen ? PreCopyMigrationModel.xen()
                    : new QemuPreCopyModel(settings, profile != null ? profile
                            : TransportProfile.defaults(settings.transportOrDefault()));
            case postcopy -> new PostCopyMigrationModel();
            case cold -> new ColdMigrationModel();
            case process -> ProcessMigrationModel.lazy();
        };
    }
}
