package org.clustercomposer.simulation.fault;

import com.fasterxml.jackson.annotation.JsonValue;

/** Something that happened to the cluster, at a time, to one element, with a detail for people. */
public record Incident(double time, Kind kind, String element, String detail) {

    /** What happened; {@link #label()} is how result files spell it ("host-failed"). */
    public enum Kind {
        HOST_FAILED("host-failed"),
        HOST_REPAIRED("host-repaired"),
        LINK_FAILED("link-failed"),
        LINK_REPAIRED("link-repaired"),
        SWITCH_FAILED("switch-failed"),
        SWITCH_REPAIRED("switch-repaired"),
        VM_LOST("vm-lost"),
        VM_RESTARTED("vm-restarted"),
        VM_RESTART_FAILED("vm-restart-failed"),
        PROCESSES_LOST("processes-lost"),
        DOMAIN_LOST("domain-lost"),
        MAINTENANCE_STARTED("maintenance-started"),
        MAINTENANCE_ENDED("maintenance-ended");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }
}
