package org.clustercomposer.simulation.output;

/**
 * Demand that was not served over an interval.
 *
 * @param cause              "overload" (host demand above capacity), "migration-downtime",
 *                           "process-freeze", "vm-lost" or "process-lost"
 * @param unservedCoreSeconds cores of demand not served, integrated over the interval
 */
public record SlaViolation(double start, double end, String element, String cause, double unservedCoreSeconds) {
}
