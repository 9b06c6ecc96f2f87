package org.clustercomposer.simulation.policy;

/** The baseline: nothing moves, nothing is switched off. */
public final class NoOpPolicy implements Policy {
    @Override
    public String name() {
        return "none";
    }

    @Override
    public void apply(PolicyContext context) {
        // Deliberately nothing: the baseline the other policies are compared with.
    }
}
