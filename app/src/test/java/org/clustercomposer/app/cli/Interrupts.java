package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a child process can be interrupted. A shell without job control starts a background command (`cmd &`,
 * `nohup cmd &`) with SIGINT ignored; every process under it inherits that, Maven's test JVM and the run it starts,
 * and the JVM installs no handler for a signal it was started ignoring. `kill -INT` then does nothing at all, so a test
 * of what SIGINT does has nothing to test (a CI run started that way ran the year to its end and exited 0).
 */
final class Interrupts {

    private static final int SIGINT = 2;

    private Interrupts() {
    }

    /** Skips the test, saying why, when SIGINT is ignored here (and so in every child). */
    static void assumeSigintReachesChildren() throws IOException {
        assumeFalse(sigintIgnored(), "SIGINT is ignored by this process (started in the background without job "
                + "control), so the child it starts ignores it too");
    }

    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
                return (ignored & (1L << (SIGINT - 1))) != 0;
            }
        }
        return false;
    }
}
