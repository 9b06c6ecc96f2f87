package org.clustercomposer.views.results;

import javafx.scene.control.Label;

import org.clustercomposer.simulation.SimulationResult;

/** The one-line summary above the results: what ran and its headline numbers. */
final class SimulationRunLabel {

    private SimulationRunLabel() {
    }

    static void describe(SimulationRun run, Label label) {
        SimulationResult r = run.result();
        label.setText(String.format("%s — %d migrations, %d SLA violations, %.1f kWh, peak CPU %.0f %%, "
                        + "simulated in %.1f s", run.label(), r.migrations().size(), r.violations().size(),
                RunComparison.energyKwh(r), RunComparison.peakUtilization(r), r.wallSeconds()));
    }
}
