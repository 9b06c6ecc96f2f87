package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A sweep's progress on stderr: on a terminal a bar of finished runs redrawn in place, elsewhere
 * (a log, a pipe) one line per finished run. A failed run's first error line is always printed.
 */
final class SweepProgress {

    private static final int WIDTH = 40;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int finished;

    SweepProgress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    synchronized void finished(String run, String problem) {
        finished++;
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        if (problem != null) {
            err.print(terminal ? "\r" + " ".repeat(WIDTH + 24) + "\r" : "");
            err.println("sweep: " + run + " failed: " + problem);
        }
        if (terminal) {
            int filled = total == 0 ? WIDTH : finished * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%d/%d runs, %d s", finished, total, seconds));
        } else {
            err.println(String.format(Locale.ROOT, "sweep: %d/%d runs done after %d s (%s %s)", finished, total,
                    seconds, run, problem == null ? "finished" : "failed"));
        }
        err.flush();
    }

    synchronized void done() {
        if (terminal && finished > 0) {
            err.println();
            err.flush();
        }
    }
}
