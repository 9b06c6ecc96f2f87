package org.clustercomposer.analysis.migration;

import org.clustercomposer.topology.HypervisorMigrationSettings;

/**
 * How a VM is moved, as a user picks it (the editor's chooser). Each method copies the local disk
 * too when storage is not shared; {@link #BLOCK} always copies it (QEMU block migration).
 */
public enum MigrationMethod {
    PRE_COPY("pre-copy"), POST_COPY("post-copy"), COLD("cold"), BLOCK("block");

    private final String label;

    MigrationMethod(String label) {
        this.label = label;
    }

    /** "pre-copy", "post-copy", "cold", "block". */
    public String label() {
        return label;
    }

    /**
     * The settings a planned move runs with: the source hypervisor's, where QEMU as libvirt runs it fills what is
     * unset: libvirt lifts QEMU's 128 MiB/s default cap, so an unset max-bandwidth is uncapped (the same model as
     * {@code migration-cost --max-bandwidth 0}); every other unset setting is QEMU's default. So the editor,
     * {@code drain} and the CLI give one number for one move.
     */
    public static HypervisorMigrationSettings planned(HypervisorMigrationSettings source) {
        return source.maxBandwidth() != null ? source : source.withMaxBandwidth(Double.POSITIVE_INFINITY);
    }

    /** What the explanation says when {@link #planned} lifted the cap. */
    static final String LIBVIRT_CAP_NOTE = "max-bandwidth unset: uncapped, as libvirt runs QEMU (it lifts QEMU's "
            + "128 MiB/s MAX_THROTTLE)";

    /**
     * The model of a move leaving a host of the design with these settings ({@link #planned}: an unset cap is
     * lifted, and the explanation says so), for {@code migration-cost --scenario} as for the editor and
     * {@code drain}.
     */
    public static MigrationCostModel plannedModel(MigrationMethods.Method method, MigrationMethods.Hypervisor hypervisor,
                                                  HypervisorMigrationSettings source, TransportProfile profile) {
        MigrationCostModel model = MigrationMethods.model(method, hypervisor, planned(source), profile);
        boolean capLifted = source.maxBandwidth() == null && method == MigrationMethods.Method.precopy
                && hypervisor == MigrationMethods.Hypervisor.qemu;
        return capLifted ? new NotedMigrationModel(model, LIBVIRT_CAP_NOTE) : model;
    }

    /** The memory method, wrapped with the disk copy, with QEMU's defaults as libvirt runs them. */
    public MigrationCostModel model() {
        return model(HypervisorMigrationSettings.qemuDefaults(), null);
    }

    /**
     * The memory method, wrapped with the disk copy, for a move leaving a hypervisor with these settings (see
     * {@link #planned}); {@code profile} null = the built-in profile of the settings' transport.
     */
    public MigrationCostModel model(HypervisorMigrationSettings source, TransportProfile profile) {
        MigrationCostModel memory = switch (this) {
            case PRE_COPY, BLOCK -> plannedModel(MigrationMethods.Method.precopy, MigrationMethods.Hypervisor.qemu,
                    source, profile);
            case POST_COPY -> new PostCopyMigrationModel();
            case COLD -> new ColdMigrationModel();
        };
        return new BlockMigrationModel(memory);
    }

    /** Whether the disk is copied even when storage is shared. */
    public boolean alwaysCopiesDisk() {
        return this == BLOCK;
    }
}
