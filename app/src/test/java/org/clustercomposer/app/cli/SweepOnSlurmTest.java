package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep --slurm}'s array job submitted to a real one-node Slurm (munged, slurmctld and slurmd
 * started here), merged by its own {@code merge.sh}: the table must equal the local sweep's, number
 * for number, for the same variants and seeds.
 */
class SweepOnSlurmTest {

    @Test
    void theArrayJobGivesTheLocalSweepsTable(@TempDir Path dir) throws Exception {
        String missing = LocalSlurm.missing();
        assumeTrue(missing == null, missing);
        Path scenario = dir.resolve("dc.json");
        ScenarioFiles.save(new ScenarioGenerator().generate(new GeneratorParameters(12, 60, 2, 3)), scenario);
        String[] sweep = {"sweep", scenario.toString(), "--vary", "/vms/0/workload/cpuUtilization=0.1,0.95",
            "--seeds", "3", "--duration", "12h", "--policy", "consolidation"};
        Path local = dir.resolve("local");
        Path slurm = dir.resolve("slurm");
        assertEquals(0, cli(concat(sweep, "--out", local.toString())));
        assertEquals(0, cli(concat(sweep, "--slurm", "--out", slurm.toString())));
        try (LocalSlurm cluster = LocalSlurm.start(Files.createDirectories(dir.resolve("cluster")))) {
            var submitted = cluster.client("sbatch", "--parsable", slurm.resolve("sweep.sbatch").toString());
            assertEquals(0, submitted.getKey(), submitted.getValue());
            String job = submitted.getValue().trim().split(";")[0];
            cluster.awaitJob(job, 300);
            for (int task = 0; task < 6; task++) {
                Path summary = slurm.resolve("runs").resolve(String.format("run-%03d", task)).resolve("summary.csv");
                assertTrue(Files.exists(summary), "task " + task + " wrote no summary; its log: "
                        + readIfThere(slurm.resolve("logs").resolve("run-" + task + ".out")) + cluster.log());
            }
        }
        Process merge = new ProcessBuilder(slurm.resolve("merge.sh").toString()).redirectErrorStream(true).start();
        String merged = new String(merge.getInputStream().readAllBytes());
        assertEquals(0, merge.waitFor(), merged);
        List<String> expected = Files.readAllLines(local.resolve("table.csv"));
        assertEquals(7, expected.size());
        assertEquals(expected, Files.readAllLines(slurm.resolve("table.csv")));
        assertEquals(Files.readString(local.resolve("table.json")).replace(local.toString(), ""),
                Files.readString(slurm.resolve("table.json")).replace(slurm.toString(), ""));
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertEquals(0, code, err.toString());
        return code;
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String readIfThere(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) : "(none)";
    }
}
