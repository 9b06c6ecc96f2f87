package org.clustercomposer.simulation.policy;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The policies a run can use, by the name given on the command line. */
public enum PolicyKind {
    NONE("none"), CONSOLIDATION("consolidation"), EVACUATION("evacuation"), SSI_BALANCE("ssi-balance");

    private final String cliName;

    PolicyKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** A fresh policy of this kind with the given thresholds and hysteresis (ssi-balance has its own). */
    public Policy create(Thresholds thresholds, Hysteresis hysteresis) {
        return switch (this) {
            case NONE -> new NoOpPolicy();
            case CONSOLIDATION -> new ConsolidationPolicy(thresholds, hysteresis);
            case EVACUATION -> new EvacuationPolicy(thresholds, hysteresis);
            case SSI_BALANCE -> new SsiBalancePolicy(thresholds.upper() - thresholds.lower() >= 1
                    ? 0.5 : Math.min(0.99, (thresholds.upper() - thresholds.lower()) / 2));
        };
    }

    public static Optional<PolicyKind> fromCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(PolicyKind::cliName).collect(Collectors.joining(", "));
    }
}
