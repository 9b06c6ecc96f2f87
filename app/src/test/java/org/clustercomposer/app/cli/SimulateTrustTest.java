package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate keeps its promises: output checked first, results kept on Ctrl-C, honest summary lines. */
class SimulateTrustTest {

    @TempDir
    Path dir;
    Path scenario;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeScenario() throws Exception {
        scenario = dir.resolve("dc.json");
        ScenarioFiles.save(new ScenarioGenerator().generate(new GeneratorParameters(12, 60, 2, 3)), scenario);
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aFileAsOutIsRefusedBeforeRunningWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        long start = System.nanoTime();
        assertEquals(1, run("simulate", scenario.toString(), "--duration", "3650d", "--out", file.toString()));
        assertTrue(System.nanoTime() - start < 5e9, "refused before ten simulated years");
        assertTrue(err.toString().contains("afile: cannot write results there: it is a file, not a directory"),
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aNonEmptyOutNeedsForceAndForceLeavesNoEarlierResults() throws Exception {
        Path results = dir.resolve("results");
        assertEquals(0, run("simulate", scenario.toString(), "--duration", "1h", "--out", results.toString()));
        assertTrue(Files.exists(results.resolve("cluster.csv")));
        assertEquals(1, run("simulate", scenario.toString(), "--duration", "1h", "--out", results.toString()));
        assertTrue(err.toString().contains("the directory is not empty"), err.toString());
        assertTrue(err.toString().contains("--force"), err.toString());
        assertEquals(0, run("simulate", scenario.toString(), "--duration", "1h", "--format", "json", "--out",
                results.toString(), "--force"), err.toString());
        try (var files = Files.list(results)) {
            assertEquals(List.of("result.json"), files.map(p -> p.getFileName().toString()).toList(),
                    "the CSVs of the first run are gone");
        }
        Files.writeString(results.resolve("notes.txt"), "mine");
        assertEquals(1, run("simulate", scenario.toString(), "--duration", "1h", "--out", results.toString(),
                "--force"));
        assertTrue(err.toString().contains("also holds notes.txt"), err.toString());
    }

    @Test
    void aRunWhoseSeriesCannotFitInMemoryIsRefusedUpFront() throws Exception {
        Path big = dir.resolve("big.json");
        ScenarioFiles.save(new ScenarioGenerator().generate(new GeneratorParameters(400, 400, 0, 5)), big);
        assertEquals(2, run("simulate", big.toString(), "--duration", "3650d", "--step", "1 min"));
        assertTrue(err.toString().contains("of time series), more than half of the"), err.toString());
    }

    @Test
    void aBinaryTraceSaysItIsNotText() throws Exception {
        Path trace = Files.write(dir.resolve("trace.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3});
        assertEquals(1, run("simulate", scenario.toString(), "--duration", "1h", "--trace", trace.toString()));
        assertTrue(err.toString().contains("trace.csv: cannot read: not UTF-8 text (is it a binary file?)"),
                err.toString());
        assertFalse(err.toString().contains("Input length"), err.toString());
    }

    @Test
    void mttrWithoutHostMtbfIsAUsageError() {
        assertEquals(2, run("simulate", scenario.toString(), "--duration", "1h", "--mttr", "2h"));
        assertTrue(err.toString().contains("--mttr needs --host-mtbf"), err.toString());
    }

    @Test
    void timesNeedUnitsAndAPlausibleSize() {
        assertEquals(2, run("simulate", scenario.toString(), "--duration", "24"));
        assertTrue(err.toString().contains("\"24\" has no unit"), err.toString());
        assertEquals(2, run("simulate", scenario.toString(), "--duration", "1e309h"));
        assertTrue(err.toString().contains("too large for a number"), err.toString());
        assertEquals(2, run("simulate", scenario.toString(), "--duration", "300m"));
        assertTrue(err.toString().contains("write min (minutes) or ms (milliseconds)"), err.toString());
    }

    @Test
    void theSummarySaysWhenNoMigrationCompletedAndShowsSmallSlaValues() {
        assertEquals(0, run("simulate", scenario.toString(), "--duration", "1h", "--policy", "none"), err.toString());
        assertTrue(out.toString().contains("mean downtime none completed"), out.toString());
        assertFalse(out.toString().contains("0.00 core-hours"), out.toString());
        assertEquals("13.4 core-seconds", org.clustercomposer.report.SimulationSummaryFormat.coreTime(13.4));
        assertEquals("2.5 core-hours", org.clustercomposer.report.SimulationSummaryFormat.coreTime(9000));
    }

    @Test
    void sigintWritesWhatWasSimulatedMarkedCancelled() throws Exception {
        Interrupts.assumeSigintReachesChildren();
        Path big = dir.resolve("big.json");
        ScenarioFiles.save(new ScenarioGenerator().generate(new GeneratorParameters(300, 3000, 4, 5)), big);
        Path results = dir.resolve("partial");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // 300 hosts for a year: about 6 s of simulating here, so SIGINT comes while it runs (60 hosts ended first).
        Process p = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "org.clustercomposer.app.Launcher", "simulate", big.toString(), "--duration", "365d", "--step",
                "10 min", "--out", results.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();
        try {
            // Progress lines off a terminal show the run has started simulating.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(dir.resolve("stderr.txt")).contains("% done") && System.nanoTime() < deadline
                    && p.isAlive()) {
                Thread.sleep(200);
            }
            assertTrue(Files.readString(dir.resolve("stderr.txt")).contains("simulate: "),
                    Files.readString(dir.resolve("stderr.txt")));
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run stops after SIGINT");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue());
        String summary = Files.readString(results.resolve("summary.csv"));
        assertTrue(summary.contains("cancelled,true"), summary);
        assertTrue(Files.readString(dir.resolve("stdout.txt")).contains("- cancelled"),
                Files.readString(dir.resolve("stdout.txt")));
        assertTrue(Files.size(results.resolve("cluster.csv")) > 100);
        assertFalse(new File(results.toFile(), "hosts.csv").length() == 0);
    }
}
