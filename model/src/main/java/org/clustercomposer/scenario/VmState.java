package org.clustercomposer.scenario;

import java.util.Optional;

/** Whether a VM is meant to run. A design's VMs run unless it says otherwise; import reads it from the host. */
public enum VmState {
    RUNNING("running"),
    /**
     * Defined on its host but not running (libvirt's "shut off"). Import and push read and set it;
     * the engines still predict every VM as if it ran (what the design would do once started).
     */
    SHUT_OFF("shut-off");

    private static final VmState[] VALUES = values();

    private final String jsonName;

    VmState(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in scenario files. */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<VmState> fromJsonName(String name) {
        // A loop, not a stream: the reader asks once per element of a file (100,000 VMs).
        for (VmState known : VALUES) {
            if (known.jsonName.equals(name)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }
}
