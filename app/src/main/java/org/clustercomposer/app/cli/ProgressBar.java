package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.clustercomposer.simulation.Simulation;
import org.clustercomposer.simulation.SimulationResult;

/**
 * Runs a simulation in slices and, once the run has taken more than a second (short runs stay
 * quiet), shows its progress on stderr: on a terminal a bar redrawn in place, elsewhere (a log, a
 * pipe) one line every {@value #LINE_EVERY_SECONDS} s, so a long run in CI is seen to move.
 */
final class ProgressBar {

    private static final int SLICES = 400;
    private static final int WIDTH = 40;
    private static final long QUIET_NANOS = 1_000_000_000L;
    static final int LINE_EVERY_SECONDS = 10;

    private final PrintWriter err;
    private final boolean terminal;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    SimulationResult run(Simulation simulation, double duration) {
        long start = System.nanoTime();
        long nextLine = start + QUIET_NANOS;
        boolean drawn = false;
        while (simulation.runFor(duration / SLICES)) {
            long now = System.nanoTime();
            if (terminal && now - start > QUIET_NANOS) {
                draw(simulation.progress());
                drawn = true;
            } else if (!terminal && now > nextLine) {
                err.println(String.format(Locale.ROOT, "simulate: %.0f %% done after %d s", simulation.progress() * 100,
                        (now - start) / 1_000_000_000L));
                err.flush();
                nextLine = now + LINE_EVERY_SECONDS * 1_000_000_000L;
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
