package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clustercomposer.scenario.PolicySettings;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hysteresis and migration limits reach a run from the scenario's "policy" object and from simulate's options, an
 * option winning over the file; sweep passes the given options on; bad values are usage errors or file problems.
 */
class PolicySettingsOptionsTest {

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;
    private Path plain;

    @BeforeEach
    void writeScenario() throws Exception {
        plain = dir.resolve("dc.json");
        ScenarioFiles.save(new ScenarioGenerator().generate(new GeneratorParameters(12, 60, 2, 3)), plain);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path withPolicy(String name, PolicySettings settings) throws Exception {
        Path file = dir.resolve(name);
        ScenarioFiles.save(ScenarioFiles.load(plain).withPolicy(settings), file);
        return file;
    }

    /** The summary's migrations line of a busy evacuation day. */
    private String migrations(Path file, String... options) {
        String[] args = new String[8 + options.length];
        String[] base = {"simulate", file.toString(), "--duration", "24h", "--policy", "evacuation", "--spread", "0.3"};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(options, 0, args, base.length, options.length);
        assertEquals(0, run(args), err.toString());
        return out.toString().lines().filter(l -> l.trim().startsWith("migrations")).findFirst().orElseThrow();
    }

    @Test
    void theFilesSettingsApplyAndAnOptionWinsOverThem() throws Exception {
        Path eager = withPolicy("eager.json", new PolicySettings(1, 0.0, 0.0, null, null));
        String defaults = migrations(plain);
        String fromFile = migrations(eager);
        assertNotEquals(defaults, fromFile, "acting at once moves differently from the defaults");
        assertEquals(fromFile, migrations(plain, "--trigger-steps", "1", "--cool-down", "0", "--margin", "0"));
        assertEquals(defaults, migrations(eager, "--trigger-steps", "3", "--cool-down", "1 h", "--margin", "0.1"));
    }

    @Test
    void theFilesMigrationLimitsApplyAndAnOptionWinsOverThem() throws Exception {
        Path one = withPolicy("one.json", new PolicySettings(1, 0.0, 0.0, 1, 1));
        String limited = migrations(one);
        String unlimited = migrations(one, "--max-migrations-per-host", "0", "--max-migrations-per-link", "0");
        assertNotEquals(limited, unlimited, "one move at a time per host waits where no limit does not");
        assertEquals(unlimited, migrations(plain, "--trigger-steps", "1", "--cool-down", "0", "--margin", "0",
                "--max-migrations-per-host", "0", "--max-migrations-per-link", "0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--trigger-steps|0|--trigger-steps must be at least 1",
        "--cool-down|soon|--cool-down: ",
        "--cool-down|5|--cool-down: ",
        "--margin|1.5|--margin must be at least 0 and below 1 (0: none): 1.5",
        "--max-migrations-per-host|-1|--max-migrations-per-host must be 0 (no limit) or more, got -1",
        "--max-migrations-per-link|-2|--max-migrations-per-link must be 0 (no limit) or more, got -2",
        "--max-migrations-per-host|many|--max-migrations-per-host"
    })
    void aBadOptionIsAUsageErrorNamingIt(String option, String value, String message) {
        assertEquals(2, run("simulate", plain.toString(), "--duration", "1h", option, value));
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aBadSettingInTheFileIsNamedByItsPathAndNothingRuns() throws Exception {
        Path bad = withPolicy("bad.json", new PolicySettings(null, null, 1.5, -1, null));
        assertEquals(1, run("simulate", bad.toString(), "--duration", "1h"));
        assertTrue(err.toString().contains("bad.json: /policy/margin: must be between 0 and 1 (excluded), got 1.5"),
                err.toString());
        assertTrue(err.toString().contains("bad.json: /policy/maxMigrationsPerHost: must be at least 0, got -1"),
                err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void sweepPassesTheGivenSettingsToEveryRunAndLeavesTheRestToTheFile() throws Exception {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, run("sweep", plain.toString(), "--vary", "/vms/0/workload/cpuUtilization=0.1,0.9",
                "--duration", "2h", "--cool-down", "30 min", "--max-migrations-per-host", "2", "--slurm",
                "--out", sweep.toString()), err.toString());
        String job = Files.readString(sweep.resolve("sweep.sbatch"));
        assertTrue(job.contains("'--cool-down' '30 min'"), job);
        assertTrue(job.contains("'--max-migrations-per-host' '2'"), job);
        assertFalse(job.contains("--trigger-steps") || job.contains("--max-migrations-per-link"), job);
        assertEquals(2, run("sweep", plain.toString(), "--vary", "/vms/0/workload/cpuUtilization=0.1",
                "--duration", "2h", "--margin", "2", "--out", dir.resolve("bad").toString()));
        assertTrue(err.toString().contains("--margin must be at least 0"), err.toString());
    }
}
