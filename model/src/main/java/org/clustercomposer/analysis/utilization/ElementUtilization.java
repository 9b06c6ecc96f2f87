package org.clustercomposer.analysis.utilization;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.scenario.ElementKind;

/**
 * How loaded one element is. Fractions are demand over capacity (1.0 = full; above 1 = overloaded);
 * a resource the element does not have is NaN (a link has no memory). Every fraction present has
 * an explanation.
 *
 * @param powerWatts   drawn power (hosts; NaN for other kinds)
 * @param overloaded   whether any fraction exceeds 1 (or the element cannot carry its load at all)
 * @param explainer    builds the explanations when asked: one per resource present, saying how the
 *                     fraction was computed. Built lazily so analysing 100,000 VMs allocates little.
 */
public record ElementUtilization(String id, ElementKind kind, double cpu, double memory, double network,
                                 double powerWatts, boolean overloaded, Explainer explainer) {

    /** A fraction at or above this is "high": little headroom left. */
    public static final double HIGH = 0.8;

    /** Builds an element's explanations on demand (pure: the same answer each call). */
    @FunctionalInterface
    public interface Explainer {
        Map<Resource, Explanation> explain();
    }

    /** An element whose explanations are already built. */
    public static ElementUtilization of(String id, ElementKind kind, double cpu, double memory, double network,
                                        double powerWatts, boolean overloaded, Map<Resource, Explanation> explanations) {
        EnumMap<Resource, Explanation> copy = new EnumMap<>(Resource.class);
        copy.putAll(explanations);
        Map<Resource, Explanation> fixed = Collections.unmodifiableMap(copy);
        return new ElementUtilization(id, kind, cpu, memory, network, powerWatts, overloaded, () -> fixed);
    }

    /** One explanation per resource present, saying how its fraction was computed. */
    public Map<Resource, Explanation> explanations() {
        return explainer.explain();
    }

    /** The largest fraction present (0 when none): what a canvas colors by. */
    public double peak() {
        double peak = 0;
        for (double f : new double[] {cpu, memory, network}) {
            if (!Double.isNaN(f) && f > peak) {
                peak = f;
            }
        }
        return peak;
    }

    /** The resource with the largest fraction (CPU when none). */
    public Resource peakResource() {
        Resource best = Resource.CPU;
        double peak = -1;
        for (Resource r : new Resource[] {Resource.CPU, Resource.MEMORY, Resource.NETWORK}) {
            double f = fraction(r);
            if (!Double.isNaN(f) && f > peak) {
                peak = f;
                best = r;
            }
        }
        return best;
    }

    public double fraction(Resource resource) {
        return switch (resource) {
            case CPU -> cpu;
            case MEMORY -> memory;
            case NETWORK -> network;
            case POWER -> Double.NaN;
        };
    }

    /** What is left before the busiest resource is full (negative when overloaded). */
    public double headroom() {
        return 1 - peak();
    }

    public boolean high() {
        return peak() >= HIGH;
    }

    /** The explanation of the busiest resource, the one a tooltip shows first. */
    public Explanation explanation() {
        Map<Resource, Explanation> all = explanations();
        Explanation e = all.get(peakResource());
        return e != null ? e : all.values().stream().findFirst().orElse(null);
    }
}
