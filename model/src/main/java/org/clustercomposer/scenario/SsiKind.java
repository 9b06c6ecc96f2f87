package org.clustercomposer.scenario;

import java.util.Optional;

/** The families of single-system-image layers. */
public enum SsiKind {
    /** Kerrighed-like: a full SSI kernel, global process scheduling, DSM, checkpoint; one failure domain. */
    KERRIGHED("kerrighed", false),
    /** MOSIX-like: home-node model, processes migrate and keep a stub at home; survives member loss. */
    MOSIX("mosix", true),
    /** One VM spanning several machines (vSMP, GiantVM): shared memory over the network; one failure domain. */
    AGGREGATE_VM("aggregate-vm", false),
    /** Anything else, described by its overheads. */
    GENERIC("generic", true);

    private static final SsiKind[] VALUES = values();

    private final String jsonName;
    private final boolean toleratesMemberLoss;

    SsiKind(String jsonName, boolean toleratesMemberLoss) {
        this.jsonName = jsonName;
        this.toleratesMemberLoss = toleratesMemberLoss;
    }

    /** The name used in scenario files. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether the domain survives the loss of one member (losing only that member's processes). */
    public boolean toleratesMemberLoss() {
        return toleratesMemberLoss;
    }

    public static Optional<SsiKind> fromJsonName(String name) {
        // A loop, not a stream: the reader asks once per element of a file (100,000 VMs).
        for (SsiKind known : VALUES) {
            if (known.jsonName.equals(name)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }
}
