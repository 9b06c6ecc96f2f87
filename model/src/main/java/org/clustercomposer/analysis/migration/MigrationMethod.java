package org.clustercomposer.analysis.migration;

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

    /** The memory method, wrapped with the disk copy. */
    public MigrationCostModel model() {
        MigrationCostModel memory = switch (this) {
            case PRE_COPY, BLOCK -> new PreCopyMigrationModel();
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
