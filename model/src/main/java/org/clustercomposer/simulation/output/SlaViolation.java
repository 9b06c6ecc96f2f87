package org.clustercomposer.simulation.output;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Demand that was not served over an interval.
 *
 * @param unservedCoreSeconds cores of demand not served, integrated over the interval
 */
public record SlaViolation(double start, double end, String element, Cause cause, double unservedCoreSeconds) {

    /** Why the demand went unserved; {@link #label()} is how result files spell it ("overload"). */
    public enum Cause {
        /** Host demand above capacity. */
        OVERLOAD("overload"),
        /** A VM paused for the stop-and-copy of its migration. */
        MIGRATION_DOWNTIME("migration-downtime"),
        /** An SSI process frozen while it moves. */
        PROCESS_FREEZE("process-freeze"),
        /** A VM down with its host, until restarted. */
        VM_LOST("vm-lost");

        private final String label;

        Cause(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }
}
