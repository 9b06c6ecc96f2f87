package org.clustercomposer.views.prediction;

import org.clustercomposer.analysis.utilization.Resource;

/**
 * How loaded one element is predicted to be, as the canvas shows it.
 *
 * @param utilization the busiest resource's demand over capacity (1 = full)
 * @param overloaded  whether demand exceeds what the element can carry
 * @param explanation where the number comes from, for the tooltip
 * @param resource    the busiest resource (what an overload warning names), or null when unknown
 */
public record ElementLoad(double utilization, boolean overloaded, String explanation, Resource resource) {

    /** A load whose busiest resource is not known. */
    public ElementLoad(double utilization, boolean overloaded, String explanation) {
        this(utilization, overloaded, explanation, null);
    }

    /** Above this the canvas turns amber: little headroom is left. */
    public static final double HIGH = 0.8;

    public LoadLevel level() {
        if (overloaded || utilization > 1) {
            return LoadLevel.OVERLOADED;
        }
        return utilization >= HIGH ? LoadLevel.HIGH : LoadLevel.NORMAL;
    }

    /** Green, amber, red. */
    public enum LoadLevel {
        NORMAL, HIGH, OVERLOADED
    }
}
