package org.clustercomposer.samples;

/** The ways layers can be stacked (DESIGN.md), one or more samples each. */
public enum Stacking {
    BARE_METAL("Bare metal"),
    VMS_ON_HOSTS("VMs on hosts"),
    SSI_ON_HOSTS("SSI on hosts"),
    SSI_OVER_VMS("SSI over VMs"),
    VMS_ON_SSI("VMs on an SSI"),
    MIXED("Mixed");

    private final String label;

    Stacking(String label) {
        this.label = label;
    }

    /** For menus: "SSI over VMs". */
    public String label() {
        return label;
    }
}
