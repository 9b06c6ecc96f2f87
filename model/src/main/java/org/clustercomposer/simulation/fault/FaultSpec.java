package org.clustercomposer.simulation.fault;

/**
 * One failure at a given time.
 *
 * @param repairAfter seconds until the element works again; infinity for never
 */
public record FaultSpec(FaultTarget target, String element, double time, double repairAfter) {

    public FaultSpec {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("fault time must be finite and >= 0: " + time);
        }
        if (!(repairAfter > 0)) {
            throw new IllegalArgumentException("repairAfter must be > 0 (infinity for never): " + repairAfter);
        }
    }
}
