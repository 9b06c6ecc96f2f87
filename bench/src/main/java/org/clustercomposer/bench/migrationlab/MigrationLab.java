package org.clustercomposer.bench.migrationlab;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The migration lab: real KVM live migrations between two QEMU processes on this machine, one CSV row each.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar migration-lab --matrix FILE --out FILE.csv [--append]
 *     [--only ID,ID] [--timeout-s 90] [--max-load 1.0] [--load-wait-s 600] [--qemu PATH]
 * (--append keeps FILE.csv and adds the runs each setting still lacks: an interrupted matrix resumes)
 * java -jar bench/target/benchmarks.jar migration-lab --columns     (the CSV's columns, as a Markdown table)
 * java -jar bench/target/benchmarks.jar migration-lab --spread FILE.csv  (run-to-run spread per repeated setting)
 * </pre>
 * Runs go round by round (every setting once, then every setting with a second repeat, ...), so load drift on
 * the machine spreads over the settings instead of landing on one. Before each run the lab waits (up to
 * --load-wait-s) for the 1-minute load average to fall to --max-load, then runs and records the load anyway.
 */
public final class MigrationLab {

    private static final Set<String> FLAGS = Set.of("--append", "--columns");
    private static final Set<String> OPTIONS = Set.of("--matrix", "--out", "--only", "--timeout-s", "--max-load",
            "--load-wait-s", "--qemu", "--spread");

    private MigrationLab() {
    }

    public static void runSuite(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Exit status: 0 done, 1 cannot run here or bad matrix, 2 usage. */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Map<String, String> opts;
        try {
            opts = options(args);
        } catch (IllegalArgumentException e) {
            err.println("migration-lab: " + e.getMessage());
            err.println("usage: migration-lab --matrix FILE --out FILE.csv [--append] [--only ID,ID] [--timeout-s S] "
                    + "[--max-load L] [--load-wait-s S] [--qemu PATH] | --columns | --spread FILE.csv");
            return 2;
        }
        if (opts.containsKey("--columns")) {
            printColumns(out);
            return 0;
        }
        if (opts.containsKey("--spread")) {
            try {
                LabSpread.print(Path.of(opts.get("--spread")), out);
                return 0;
            } catch (IOException | IllegalArgumentException e) {
                err.println("migration-lab: " + e.getMessage());
                return 1;
            }
        }
        List<LabSetting> settings;
        try {
            settings = readMatrix(Path.of(opts.get("--matrix")), opts.get("--only"));
        } catch (IllegalArgumentException | IOException e) {
            err.println("migration-lab: " + e.getMessage());
            return 1;
        }
        Optional<Path> qemu = opts.containsKey("--qemu") ? Optional.of(Path.of(opts.get("--qemu")))
                : LabMachine.onPath(LabMachine.QEMU_BINARY);
        List<String> missing = LabMachine.missing(qemu);
        if (!missing.isEmpty()) {
            err.println("migration-lab: cannot run real migrations on this machine:");
            missing.forEach(m -> err.println("  - " + m));
            return 1;
        }
        return runMatrix(settings, qemu.get(), opts, out);
    }

    private static int runMatrix(List<LabSetting> settings, Path qemu, Map<String, String> opts, PrintStream out)
            throws IOException, InterruptedException {
        Path csv = Path.of(opts.get("--out"));
        LabMachine machine = LabMachine.detect(qemu);
        Map<String, Integer> earlier = new HashMap<>();
        if (opts.containsKey("--append") && Files.exists(csv)) {
            earlier = earlierRuns(csv);
            Files.writeString(csv, "# Appended: " + invocation(opts, machine) + "\n", StandardOpenOption.APPEND);
        } else {
            RunRow.startFile(csv, header(opts, machine));
        }
        Path work = Files.createTempDirectory("migration-lab-");
        Duration timeout = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("--timeout-s", "90")));
        try (LabRunner runner = new LabRunner(qemu, GuestImage.build(work), work, timeout, machine)) {
            return runRounds(settings, runner, csv, earlier, opts, out);
        } finally {
            LabRunner.deleteTree(work);
        }
    }

    /**
     * Round by round. With --append, the runs a setting already has in the file count towards its repeats, so an
     * interrupted matrix resumes where it stopped; run and repeat numbers go on from the file.
     */
    private static int runRounds(List<LabSetting> settings, LabRunner runner, Path csv, Map<String, Integer> earlier,
            Map<String, String> opts, PrintStream out) throws IOException, InterruptedException {
        double maxLoad = Double.parseDouble(opts.getOrDefault("--max-load", "1.0"));
        long loadWait = Long.parseLong(opts.getOrDefault("--load-wait-s", "600"));
        int runId = earlier.values().stream().mapToInt(Integer::intValue).sum();
        long start = System.nanoTime();
        int rounds = settings.stream().mapToInt(LabSetting::repeat).max().orElse(0);
        for (int round = 1; round <= rounds; round++) {
            for (LabSetting s : settings) {
                int done = earlier.getOrDefault(s.id(), 0);
                if (done < round && s.repeat() >= round) {
                    waitForLowLoad(maxLoad, loadWait, out);
                    RunRow row = runner.run(s, ++runId, round);
                    row.appendTo(csv);
                    out.println(summary(row));
                }
            }
        }
        out.printf(Locale.ROOT, "%d runs in the file; this session %.1f min -> %s%n", runId,
                (System.nanoTime() - start) / 6e10, csv);
        return 0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (FLAGS.contains(args[i])) {
                opts.put(args[i], "true");
            } else if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                opts.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option '" + args[i] + "'");
            }
        }
        boolean report = opts.containsKey("--columns") || opts.containsKey("--spread");
        if (!report && (!opts.containsKey("--matrix") || !opts.containsKey("--out"))) {
            throw new IllegalArgumentException("--matrix and --out are required");
        }
        for (String number : List.of("--timeout-s", "--max-load", "--load-wait-s")) {
            if (opts.containsKey(number) && !opts.get(number).matches("\\d+(\\.\\d+)?")) {
                throw new IllegalArgumentException(number + " needs a non-negative number, got '" + opts.get(number) + "'");
            }
        }
        return opts;
    }

    /** The matrix: one {@link LabSetting} per line; blank lines and {@code #} comments are skipped. */
    static List<LabSetting> readMatrix(Path file, String only) throws IOException {
        List<LabSetting> settings = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                LabSetting s = LabSetting.parse(line);
                if (!ids.add(s.id())) {
                    throw new IllegalArgumentException("id " + s.id() + " is used twice");
                }
                settings.add(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (only != null) {
            Set<String> wanted = new LinkedHashSet<>(Arrays.asList(only.split(",")));
            wanted.removeAll(ids);
            if (!wanted.isEmpty()) {
                throw new IllegalArgumentException(file + ": --only names settings it does not have: " + wanted);
            }
            Set<String> keep = Set.of(only.split(","));
            settings.removeIf(s -> !keep.contains(s.id()));
        }
        if (settings.isEmpty()) {
            throw new IllegalArgumentException(file + ": no settings in the matrix");
        }
        return settings;
    }

    private static List<String> header(Map<String, String> opts, LabMachine machine) {
        return List.of("Real KVM live migrations from the migration lab (bench/, docs/decisions/0210-migration-lab.md).",
                invocation(opts, machine),
                "Two QEMU processes on 127.0.0.1 under KVM; guest bench/src/main/guest. Every row repeats the machine.",
                "Columns: `migration-lab --columns` (role INPUT/PRE_MEASURED = known before migrating; OUTCOME = measured).");
    }

    private static String invocation(Map<String, String> opts, LabMachine machine) {
        return "java -jar bench/target/benchmarks.jar migration-lab " + String.join(" ", commandLine(opts)) + " (started "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " on " + machine.nproc() + " x " + machine.cpuModel()
                + ", Linux " + machine.kernel() + ", " + machine.qemuVersion() + ")";
    }

    private static List<String> commandLine(Map<String, String> opts) {
        List<String> parts = new ArrayList<>();
        opts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            parts.add(e.getKey());
            if (!FLAGS.contains(e.getKey())) {
                parts.add(e.getValue());
            }
        });
        return parts;
    }

    /** Runs per setting already in a lab CSV (its setting_id column). */
    private static Map<String, Integer> earlierRuns(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        int column = lines.isEmpty() ? -1 : Arrays.asList(lines.get(0).split(",", -1)).indexOf(Column.SETTING_ID.header());
        if (column < 0) {
            throw new IOException(csv + " is not a migration-lab CSV (no " + Column.SETTING_ID.header() + " column)");
        }
        Map<String, Integer> counts = new HashMap<>();
        lines.stream().skip(1).forEach(l -> counts.merge(l.split(",", -1)[column], 1, Integer::sum));
        return counts;
    }

    private static void waitForLowLoad(double maxLoad, long waitSeconds, PrintStream out)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        double load = LabMachine.loadAverage1min();
        if (load > maxLoad) {
            out.printf(Locale.ROOT, "  load %.2f > %.2f: waiting up to %d s%n", load, maxLoad, waitSeconds);
        }
        while (load > maxLoad && System.nanoTime() < deadline) {
            Thread.sleep(10_000);
            load = LabMachine.loadAverage1min();
        }
    }

    private static String summary(RunRow r) {
        return String.format(Locale.ROOT, "run %s %s#%s: %s total %s s downtime %s ms rounds %s throttle %s%% "
                + "dirty guest/bitmap/sampling %s/%s/%s MiB/s load %s", r.get(Column.RUN_ID), r.get(Column.SETTING_ID),
                r.get(Column.REPEAT_INDEX), r.get(Column.STATUS), r.get(Column.TOTAL_TIME_S), r.get(Column.DOWNTIME_MS),
                r.get(Column.DIRTY_SYNC_COUNT), r.get(Column.MAX_THROTTLE_PCT), r.get(Column.GUEST_DIRTY_RATE_MIBPS),
                r.get(Column.DIRTY_RATE_BITMAP_MIBPS), r.get(Column.DIRTY_RATE_SAMPLING_MIBPS),
                r.get(Column.LOAD_AVG_1MIN_BEFORE));
    }

    private static void printColumns(PrintStream out) {
        out.println("| column | role | meaning |");
        out.println("|---|---|---|");
        for (Column c : Column.values()) {
            out.println("| `" + c.header() + "` | " + c.role.name().toLowerCase(Locale.ROOT).replace('_', '-') + " | "
                    + c.meaning + " |");
        }
    }
}
