package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

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
    void simulatesADayAndWritesCsvTables() {
        Path results = dir.resolve("out");
        int code = run("simulate", scenario.toString(), "--duration", "24h", "--policy", "consolidation",
                "--out", results.toString());
        assertEquals(0, code, err.toString());
        String summary = out.toString();
        assertTrue(summary.contains("Simulated 1 d"), summary);
        assertTrue(summary.contains("migrations"), summary);
        assertTrue(summary.contains("kWh"), summary);
        assertTrue(summary.contains("SLA violations"), summary);
        assertTrue(summary.contains("events"), summary);
        assertTrue(Files.exists(results.resolve("hosts.csv")));
        assertTrue(Files.exists(results.resolve("migrations.csv")));
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        for (String name : new String[] {"a", "b"}) {
            assertEquals(0, run("simulate", scenario.toString(), "--duration", "6h", "--seed", "9", "--policy",
                    "consolidation", "--host-mtbf", "2d", "--format", "json", "--out", dir.resolve(name).toString()));
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/result.json")), Files.readAllBytes(dir.resolve("b/result.json")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--duration|soon|--duration",
        "--policy|greedy|--policy must be one of none, consolidation, evacuation, ssi-balance",
        "--format|xml|--format must be csv or json",
        "--step|48h|must not exceed --duration",
        "--workload|spiky|--workload must be"
    })
    void aBadArgumentIsAUsageError(String option, String value, String message) {
        int code = "--duration".equals(option)
                ? run("simulate", scenario.toString(), option, value)
                : run("simulate", scenario.toString(), "--duration", "24h", option, value);
        assertEquals(2, code);
        assertTrue(err.toString().contains(message), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aBrokenFileIsReportedWithItsProblems() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"hosts\": [{\"id\": 3}]}");
        assertEquals(1, run("simulate", bad.toString(), "--duration", "1h"));
        assertTrue(err.toString().contains("bad.json"), err.toString());
        assertTrue(err.toString().contains("/hosts/0"), err.toString());
    }

    @Test
    void aScenarioThatBreaksTheRulesIsNotSimulated() throws Exception {
        Path bad = dir.resolve("negative.json");
        Files.copy(getClass().getResourceAsStream("broken/negative-memory.json"), bad);
        assertEquals(1, run("simulate", bad.toString(), "--duration", "1h"));
        assertTrue(err.toString().contains("negative.json: /vms/0/memory: must be positive"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aMissingTraceFileIsInvalidInput() {
        assertEquals(1, run("simulate", scenario.toString(), "--duration", "1h", "--trace",
                dir.resolve("none.csv").toString()));
        assertTrue(err.toString().contains("none.csv: cannot read"), err.toString());
    }
}
