package org.clustercomposer.views.prediction;

import java.util.Objects;
import java.util.function.Supplier;

import org.clustercomposer.analysis.utilization.Resource;

/**
 * How loaded one element is predicted to be, as the canvas shows it. The explanation is written
 * when first read (a tooltip): writing it for each of 11,000 elements after every edit cost more
 * than the analysis itself.
 */
public final class ElementLoad {

    /** Above this the canvas turns amber: little headroom is left. */
    public static final double HIGH = 0.8;

    private final double utilization;
    private final boolean overloaded;
    private final Resource resource;
    private Supplier<String> explainer;
    private String explanation;

    /**
     * @param utilization the busiest resource's demand over capacity (1 = full)
     * @param overloaded  whether demand exceeds what the element can carry
     * @param explainer   writes where the number comes from, for the tooltip; called at most once
     * @param resource    the busiest resource (what an overload warning names), or null when unknown
     */
    public ElementLoad(double utilization, boolean overloaded, Supplier<String> explainer, Resource resource) {
        this.utilization = utilization;
        this.overloaded = overloaded;
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.resource = resource;
    }

    public ElementLoad(double utilization, boolean overloaded, String explanation, Resource resource) {
        this.utilization = utilization;
        this.overloaded = overloaded;
        this.explanation = explanation;
        this.resource = resource;
    }

    /** A load whose busiest resource is not known. */
    public ElementLoad(double utilization, boolean overloaded, String explanation) {
        this(utilization, overloaded, explanation, null);
    }

    public double utilization() {
        return utilization;
    }

    public boolean overloaded() {
        return overloaded;
    }

    /** Where the number comes from, for the tooltip. */
    public synchronized String explanation() {
        if (explainer != null) {
            explanation = explainer.get();
            explainer = null;
        }
        return explanation;
    }

    public Resource resource() {
        return resource;
    }

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

    /** Equal when the numbers and the explanation are (which writes both explanations). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ElementLoad other && Double.compare(utilization, other.utilization) == 0
                && overloaded == other.overloaded && resource == other.resource
                && Objects.equals(explanation(), other.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(utilization, overloaded, resource);
    }

    @Override
    public String toString() {
        return "ElementLoad[utilization=" + utilization + ", overloaded=" + overloaded + ", resource=" + resource + "]";
    }
}
