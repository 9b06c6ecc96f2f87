package org.clustercomposer.views.results;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.SimulationResult;

/**
 * One finished (or cancelled) run: the exact design it played, the settings, and what it produced.
 * The design is kept so that playback colours and paths always match the run, even after edits.
 *
 * @param revision the editor revision the design was taken at (to tell when the design changed since)
 */
public record SimulationRun(Scenario scenario, long revision, SimulationSettings settings, SimulationResult result) {

    /** "ssi-on-hosts, policy none, seed 1, 24 h". */
    public String label() {
        return result.scenario() + ", policy " + result.policy() + ", seed " + result.seed() + ", "
                + Charts.hours(result.duration()) + (result.cancelled() ? " (cancelled)" : "");
    }
}
