package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** calibrate on the lab's fitting runs, then migration-cost --profile on a held-out lab setting. */
class CalibrateCommandTest {

    private static final Path FIT_RUNS = Path.of("..", "model", "src", "test", "resources", "migration-lab",
            "fit-runs.csv");

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesAProfileThatMigrationCostUsesAndThatPredictsAHeldOutRunBetter() throws Exception {
        Path profile = dir.resolve("profile.json");
        assertEquals(0, run("calibrate", FIT_RUNS.toString(), "--out", profile.toString()), err.toString());
        assertTrue(out.toString().contains("transport ceiling"), out.toString());
        assertTrue(out.toString().contains("+-"), "each fitted value with its uncertainty: " + out);
        assertTrue(Files.exists(profile));

        // Held out: idle-4g-cap512 (4 GiB, 2 GiB non-zero, cap 512 MiB/s), measured 5.96-14.96 s, median 6.44 s.
        String[] move = {"migration-cost", "--memory", "4GiB", "--non-zero-memory", "2GiB", "--bandwidth",
                "100Gbit/s", "--max-bandwidth", "512MiB/s", "--format", "json"};
        assertEquals(0, run(move), err.toString());
        double builtIn = new ObjectMapper().readTree(out.toString()).get("totalSeconds").asDouble();
        String[] withProfile = java.util.Arrays.copyOf(move, move.length + 2);
        withProfile[move.length] = "--profile";
        withProfile[move.length + 1] = profile.toString();
        assertEquals(0, run(withProfile), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        double calibrated = json.get("totalSeconds").asDouble();
        assertTrue(Math.abs(calibrated - 6.44) < Math.abs(builtIn - 6.44), calibrated + " vs built-in " + builtIn);
        assertTrue(Math.abs(calibrated - 6.44) / 6.44 < 0.10, "calibrated " + calibrated);
    }

    private static final Path QUERY_MIGRATE_RUNS = Path.of("..", "model", "src", "test", "resources",
            "migration-runs");

    @Test
    void fitsTheSameProfileFromQueryMigrateRepliesAndTheirInputsAsFromTheLabCsv() throws Exception {
        Path fromCsv = dir.resolve("csv.json");
        assertEquals(0, run("calibrate", FIT_RUNS.toString(), "--out", fromCsv.toString()), err.toString());
        List<String> args = new ArrayList<>(List.of("calibrate", "--out", dir.resolve("qmp.json").toString()));
        try (var files = Files.list(QUERY_MIGRATE_RUNS)) {
            // The inputs files are in the glob too, as a shell's *.json would pass them: calibrate leaves them out.
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> args.add(p.toString()));
        }
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        assertTrue(out.toString().contains("calibrated on 12 completed runs"), out.toString());
        JsonNode csv = new ObjectMapper().readTree(Files.readString(fromCsv));
        JsonNode qmp = new ObjectMapper().readTree(Files.readString(dir.resolve("qmp.json")));
        for (String field : List.of("ceiling_bytes_per_s", "stop_copy_bytes_per_s", "switchover_s")) {
            double expected = csv.get(field).get("value").asDouble();
            assertEquals(expected, qmp.get(field).get("value").asDouble(), 1e-9 * expected, field);
        }
    }

    @Test
    void aBadInputsFileExitsOneNamingTheFileAndTheField() throws Exception {
        Path runFile = dir.resolve("run.json");
        Files.copy(QUERY_MIGRATE_RUNS.resolve("lab-run-6.json"), runFile);
        Files.writeString(dir.resolve("run.inputs.json"), "{\"memory\": \"1 GiB\", \"workingSet\": -5}");
        assertEquals(1, run("calibrate", runFile.toString(), "--out", dir.resolve("p.json").toString()));
        assertTrue(err.toString().contains("run.inputs.json: /workingSet: "), err.toString());
        assertTrue(!err.toString().contains("Exception") && !err.toString().contains("\tat "), err.toString());
        assertTrue(!Files.exists(dir.resolve("p.json")), "no profile from invalid runs");

        Files.delete(dir.resolve("run.inputs.json"));
        assertEquals(1, run("calibrate", runFile.toString(), "--out", dir.resolve("p.json").toString()));
        assertTrue(err.toString().contains("run.json: no inputs file"), err.toString());

        assertEquals(1, run("calibrate", dir.resolve("gone.json").toString(), "--out", dir.resolve("p.json").toString()));
        assertTrue(err.toString().contains("gone.json: no such file"), err.toString());
    }

    @Test
    void theExplanationSaysWhichQemuDefaultsWereUsed() {
        assertEquals(0, run("migration-cost", "--memory", "1GiB", "--bandwidth", "10Gbit/s", "--multifd", "2",
                "--auto-converge"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("QEMU defaults used: max-bandwidth 128 MiB/s"), text);
        assertTrue(!text.contains("multifd off") && !text.contains("auto-converge off"), text);
    }

    @Test
    void processMigrationFreezesForTheWholeTransfer() throws Exception {
        assertEquals(0, run("migration-cost", "--method", "process", "--memory", "512MiB", "--working-set", "64MiB",
                "--bandwidth", "1Gbit/s", "--format", "json"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(json.get("totalSeconds").asDouble(), json.get("downtimeSeconds").asDouble(), 1e-9);
        assertTrue(json.get("bytesSent").asDouble() < 512.0 * (1 << 20), "only the written pages move: " + out);
    }

    @Test
    void aMissingProfileIsAUsageErrorNamingTheFile() {
        int code = run("migration-cost", "--memory", "1GiB", "--bandwidth", "10Gbit/s", "--profile",
                dir.resolve("nope.json").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("nope.json"), err.toString());
    }

    @Test
    void aFileThatIsNotALabCsvIsAnInvalidInputNamingIt() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n");
        assertEquals(1, run("calibrate", bad.toString(), "--out", dir.resolve("p.json").toString()));
        assertTrue(err.toString().contains("bad.csv") && err.toString().contains("not a migration-lab CSV"),
                err.toString());
    }
}
