package org.clustercomposer.simulation.fault;

/** Planned maintenance: at {@code start} the host is drained, then kept off for {@code length} s. */
public record MaintenanceSpec(String host, double start, double length) {

    public MaintenanceSpec {
        if (!(start >= 0) || !(length > 0) || Double.isInfinite(start)) {
            throw new IllegalArgumentException("maintenance needs start >= 0 and length > 0");
        }
    }
}
