package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quantities on the command line need units and plausible values; every --help states exit codes. */
class CommandLineTrustTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void gigabitsPerSecondAreBits() {
        assertEquals(0, run("migration-cost", "--memory", "4GiB", "--bandwidth", "1Gb/s", "--format", "json"));
        String bits = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("migration-cost", "--memory", "4GiB", "--bandwidth", "1Gbit/s", "--format", "json"));
        assertEquals(out.toString(), bits);
        out.getBuffer().setLength(0);
        assertEquals(0, run("migration-cost", "--memory", "4GiB", "--bandwidth", "1Gbps", "--format", "json"));
        assertEquals(out.toString(), bits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --bandwidth      | 1000          | "1000" has no unit: write 10 Gbit/s
            --bandwidth      | 1 gb/s        | write Gbit/s (gigabits per second, as in networking) or GB/s
            --bandwidth      | 100mb/s       | write Mbit/s (megabits per second, as in networking) or MB/s
            --bandwidth      | 1e-300bit/s   | must be 0 or at least 1 bit/s, got "1e-300bit/s"
            --bandwidth      | 1e309Gbit/s   | too large for a number
            --memory         | 4             | "4" has no unit: write 16 GiB
            --memory         | 1e308GiB      | too large for a number
            --memory         | 2PiB          | must be at most 1024 TiB, got "2PiB"
            --downtime-limit | 300m          | write min (minutes) or ms (milliseconds)
            """)
    void aQuantityWithoutAUnitOrOutOfRangeIsAUsageError(String option, String value, String message) {
        String[] args = option.equals("--memory")
                ? new String[] {"migration-cost", "--bandwidth", "1Gbit/s", option, value}
                : new String[] {"migration-cost", "--memory", "4GiB", "--bandwidth", "1Gbit/s", option, value};
        if (option.equals("--bandwidth")) {
            args = new String[] {"migration-cost", "--memory", "4GiB", option, value};
        }
        assertEquals(2, run(args), err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("NaN") || err.toString().contains("Infinity"), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "generate", "analyze", "drain", "simulate", "migration-cost", "edit", "sweep",
        "sweep-merge"})
    void everyHelpStatesExitCodes(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out.toString().contains("Exit status:"), out.toString());
        assertTrue(out.toString().matches("(?s).*\\n +2 +usage error.*"), out.toString());
    }

    @Test
    void editSaysWhatAPathIsInsteadOfNoSuchFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertEquals(1, run("edit", dir.toString()));
        assertTrue(err.toString().contains(dir + ": is a directory, not a file"), err.toString());
        java.nio.file.Path loop = dir.resolve("loop.json");
        java.nio.file.Files.createSymbolicLink(loop, loop);
        assertEquals(1, run("edit", loop.toString()));
        assertTrue(err.toString().contains("too many levels of symbolic links"), err.toString());
    }

    @Test
    void simulateHelpGivesEveryDefault() {
        assertEquals(0, run("simulate", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        for (String option : new String[] {"--seed=N seed of every random draw (default: 1)",
                "--format=FMT csv or json (default: csv)", "(default: no failures)", "(default: 1 h)"}) {
            assertTrue(help.contains(option), option + " in " + help);
        }
    }
}
