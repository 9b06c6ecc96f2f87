package org.clustercomposer.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep as a Slurm array job: {@code sweep.sbatch} (one array task per run, each running this
 * build's {@code simulate} on its variant file into {@code runs/NAME}) and {@code merge.sh} (runs
 * {@code sweep-merge} on the directory). The runs' list is {@code runs.txt}, line i for task i.
 * Paths are absolute: the directory and this build must be on a file system the nodes share.
 * The Java to use can be set per cluster with {@code CC_JAVA} (default: the one that wrote the job).
 */
final class SlurmSweep {

    static final String SCRIPT = "sweep.sbatch";
    static final String MERGE = "merge.sh";
    static final String RUNS = "runs.txt";

    private SlurmSweep() {
    }

    /** Writes the job, the merge step and the run list; returns the job and the merge step. */
    static List<Path> write(SweepPlan plan, Path out) throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        Files.createDirectories(dir.resolve("logs"));
        StringBuilder runs = new StringBuilder();
        for (SweepPlan.Run run : plan.runs()) {
            runs.append(run.name()).append('\t').append(run.variant()).append('\t').append(run.seed()).append('\n');
        }
        Files.writeString(dir.resolve(RUNS), runs);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String launcher = quote(java) + " -cp " + quote(classPath()) + " org.clustercomposer.app.Launcher";
        List<String> simulateArgs = new ArrayList<>(plan.simulateArguments());
        String script = String.join("\n",
                "#!/bin/bash",
                "# Cluster Composer sweep of " + plan.scenario() + ": " + plan.runs().size() + " runs, one array task each.",
                "# Submit with: sbatch " + dir.resolve(SCRIPT) + "; when the array is done: " + dir.resolve(MERGE),
                "#SBATCH --job-name=cc-sweep",
                "#SBATCH --array=0-" + (plan.runs().size() - 1),
                "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=1",
                "#SBATCH --chdir=" + dir,
                "#SBATCH --output=" + dir.resolve("logs") + "/run-%a.out",
                "set -euo pipefail",
                "JAVA=\"${CC_JAVA:-" + java + "}\"",
                "IFS=$'\\t' read -r name variant seed < <(sed -n \"$((SLURM_ARRAY_TASK_ID + 1))p\" " + RUNS + ")",
                // --force: a requeued task replaces what an earlier attempt wrote.
                "exec \"$JAVA\" -cp " + quote(classPath()) + " org.clustercomposer.app.Launcher simulate \"$variant\""
                        + " --seed \"$seed\" --out \"runs/$name\" --format csv --force " + quoteAll(simulateArgs),
                "");
        Path job = dir.resolve(SCRIPT);
        Files.writeString(job, script);
        Path merge = dir.resolve(MERGE);
        Files.writeString(merge, String.join("\n", "#!/bin/sh",
                "# Builds the sweep's table from the runs' summaries once the array job is done.",
                "exec " + launcher + " sweep-merge " + quote(dir.toString()), ""));
        for (Path p : List.of(job, merge)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return List.of(job, merge);
    }

    /** This build's class path, absolute: the jar when run from it, the class directories in tests. */
    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String part : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!part.isBlank()) {
                parts.add(Path.of(part).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    private static String quoteAll(List<String> args) {
        return String.join(" ", args.stream().map(SlurmSweep::quote).toList());
    }

    /** One shell word, single-quoted. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
