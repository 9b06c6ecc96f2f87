package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.clustercomposer.simulation.Simulation;
import org.clustercomposer.simulation.SimulationResult;

/**
 * Runs a simulation in slices and, on a terminal, draws a progress bar on stderr once the run has
 * taken more than a second (short runs stay quiet).
 */
final class ProgressBar {

    private static final int SLICES = 400;
    private static final int WIDTH = 40;
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    SimulationResult run(Simulation simulation, double duration) {
        long start = System.nanoTime();
        boolean drawn = false;
        while (simulation.runFor(duration / SLICES)) {
            if (terminal && System.nanoTime() - start > QUIET_NANOS) {
                draw(simulation.progress());
                drawn = true;
            }
        }
        if (drawn) {
            draw(1);
            err.println();
        }
        return simulation.result();
    }

    private void draw(double fraction) {
        int filled = (int) Math.round(fraction * WIDTH);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3.0f %%", fraction * 100));
        err.flush();
    }
}
