package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    @TempDir
    Path dir;
    Path scenario;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void writeScenario() throws Exception {
        scenario = dir.resolve("dc.json");
        ScenarioFiles.save(new ScenarioGenerator().generate(new GeneratorParameters(12, 60, 2, 3)), scenario);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void twoValuesTimesThreeSeedsGiveSixRowsWithSimulatesOwnNumbers() throws Exception {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, run("sweep", scenario.toString(), "--vary", "/vms/0/workload/cpuUtilization=0.1,0.95",
                "--seeds", "3", "--duration", "12h", "--policy", "consolidation", "--jobs", "2",
                "--out", sweep.toString()), err.toString());
        List<String> table = Files.readAllLines(sweep.resolve("table.csv"));
        assertEquals(7, table.size(), String.join("\n", table));
        List<String> header = List.of(table.get(0).split(","));
        assertEquals(List.of("run", "/vms/0/workload/cpuUtilization", "seed", "status"), header.subList(0, 4));
        int energy = header.indexOf("energy_j");
        assertTrue(energy > 0, table.get(0));
        // Row 4 is the second value with seed 1: the same numbers as simulate on that variant and seed.
        String[] row = table.get(4).split(",");
        assertEquals(List.of("run-003", "0.95", "1", "done"), List.of(row).subList(0, 4));
        Path alone = dir.resolve("alone");
        assertEquals(0, run("simulate", sweep.resolve("variants/variant-1.json").toString(), "--seed", "1",
                "--duration", "12h", "--policy", "consolidation", "--out", alone.toString()), err.toString());
        assertTrue(Files.readAllLines(alone.resolve("summary.csv")).contains("energy_j," + row[energy]),
                row[energy] + " in " + Files.readString(alone.resolve("summary.csv")));
        // The varied value changes the numbers; seeds change them too.
        assertNotEquals(table.get(1).split(",")[energy], row[energy]);
        assertNotEquals(table.get(1).split(",")[energy], table.get(2).split(",")[energy]);
        JsonNode json = new ObjectMapper().readTree(sweep.resolve("table.json").toFile());
        assertEquals(6, json.get("runs").size());
        assertEquals("0.95", json.get("runs").get(3).get("values").get("/vms/0/workload/cpuUtilization").asText());
        assertEquals(Double.parseDouble(row[energy]), json.get("runs").get(3).get("summary").get("energy_j").asDouble());
        assertTrue(err.toString().isEmpty() || !err.toString().contains("failed"), err.toString());
    }

    @Test
    void aPathByIdWithUnitsIsWrittenIntoEachVariant() throws Exception {
        String id = new ObjectMapper().readTree(scenario.toFile()).get("vms").get(2).get("id").asText();
        Path sweep = dir.resolve("s");
        assertEquals(0, run("sweep", scenario.toString(), "--vary", "/vms/" + id + "/memory=8 GiB,16GiB",
                "--duration", "1h", "--out", sweep.toString()), err.toString());
        JsonNode variant = new ObjectMapper().readTree(sweep.resolve("variants/variant-1.json").toFile());
        assertEquals("16GiB", variant.get("vms").get(2).get("memory").asText());
        assertEquals(2, Files.readAllLines(sweep.resolve("table.csv")).size() - 1);
    }

    @Test
    void aPathThatNamesNoValueIsRefusedNamingTheStepBeforeAnythingRuns() {
        Path sweep = dir.resolve("never");
        assertEquals(1, run("sweep", scenario.toString(), "--vary", "/vms/nosuchvm/memory=1GiB", "--duration", "1h",
                "--out", sweep.toString()));
        assertTrue(err.toString().contains("--vary /vms/nosuchvm/memory: /vms has no element \"nosuchvm\""),
                err.toString());
        assertFalse(Files.exists(sweep));
        assertEquals(1, run("sweep", scenario.toString(), "--vary", "/vms/0/workload=1", "--duration", "1h",
                "--out", sweep.toString()));
        assertTrue(err.toString().contains("is an object, not a single value"), err.toString());
        assertEquals(2, run("sweep", scenario.toString(), "--vary", "vms/0/memory=1GiB", "--duration", "1h",
                "--out", sweep.toString()));
        assertTrue(err.toString().contains("a path starts with /"), err.toString());
        assertEquals(2, run("sweep", scenario.toString(), "--vary", "/vms/0/memory", "--duration", "1h",
                "--out", sweep.toString()));
        assertTrue(err.toString().contains("expected PATH=V1,V2"), err.toString());
        assertEquals(2, run("sweep", scenario.toString(), "--vary", "/vms/0/memory=1GiB", "--duration", "1h",
                "--policy", "greedy", "--out", sweep.toString()));
        assertTrue(err.toString().contains("--policy must be one of"), err.toString());
    }

    @Test
    void anInvalidVariantNamesItsFileItsPathAndTheValues() {
        assertEquals(1, run("sweep", scenario.toString(), "--vary", "/vms/0/memory=-4 GiB,1 GiB", "--duration", "1h",
                "--out", dir.resolve("bad").toString()));
        assertTrue(err.toString().contains("variant-0.json: /vms/0/memory: must be positive"), err.toString());
        assertTrue(err.toString().contains("with /vms/0/memory=-4 GiB"), err.toString());
        assertTrue(err.toString().contains("nothing run"), err.toString());
        assertFalse(Files.exists(dir.resolve("bad").resolve("table.csv")));
    }

    @Test
    void slurmWritesAnArrayJobOfOneTaskPerRunAndRunsNothing() throws Exception {
        Path sweep = dir.resolve("slurm");
        assertEquals(0, run("sweep", scenario.toString(), "--vary", "/vms/0/workload/cpuUtilization=0.1,0.95",
                "--seeds", "3", "--duration", "2h", "--step", "10 min", "--slurm", "--out", sweep.toString()),
                err.toString());
        String job = Files.readString(sweep.resolve("sweep.sbatch"));
        assertTrue(job.contains("#SBATCH --array=0-5\n"), job);
        assertTrue(job.contains(" simulate \"$variant\" --seed \"$seed\" --out \"runs/$name\""), job);
        assertTrue(job.contains("'--step' '10 min'"), job);
        assertEquals(6, Files.readAllLines(sweep.resolve("runs.txt")).size());
        assertTrue(Files.isExecutable(sweep.resolve("merge.sh")));
        assertFalse(Files.exists(sweep.resolve("table.csv")));
        // Merging before the array ran: every row is missing and says so.
        assertEquals(1, run("sweep-merge", sweep.toString()));
        assertTrue(err.toString().contains("run-005 missing"), err.toString());
        assertTrue(Files.readAllLines(sweep.resolve("table.csv")).get(6).equals("run-005,0.95,3,missing"));
    }

    @Test
    void mergeOfADirectoryThatIsNoSweepSaysSo() {
        assertEquals(1, run("sweep-merge", dir.toString()));
        assertTrue(err.toString().contains("sweep.json: no such file: not a sweep directory"), err.toString());
    }

    @Test
    void sigintStopsTheSweepKeepingTheFinishedRunsInTheTable() throws Exception {
        Interrupts.assumeSigintReachesChildren();
        Path big = dir.resolve("big.json");
        ScenarioFiles.save(new ScenarioGenerator().generate(new GeneratorParameters(60, 600, 4, 5)), big);
        Path sweep = dir.resolve("sweep");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.clustercomposer.app.Launcher", "sweep", big.toString(), "--vary", "/hosts/0/cores=32,64",
                "--seeds", "2", "--jobs", "1", "--duration", "20d", "--step", "10 min", "--out", sweep.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (!Files.readString(dir.resolve("stderr.txt")).contains("1/4 runs done") && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "the sweep was still running: " + Files.readString(dir.resolve("stderr.txt")));
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the sweep stops after SIGINT");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue(), Files.readString(dir.resolve("stderr.txt")));
        List<String> table = Files.readAllLines(sweep.resolve("table.csv"));
        assertEquals(5, table.size(), String.join("\n", table));
        assertTrue(table.get(1).startsWith("run-000,32,1,done,"), table.get(1));
        assertTrue(table.get(4).startsWith("run-003,64,2,missing,"), table.get(4));
        assertTrue(Files.readString(dir.resolve("stdout.txt")).contains("(cancelled)"),
                Files.readString(dir.resolve("stdout.txt")));
    }
}
