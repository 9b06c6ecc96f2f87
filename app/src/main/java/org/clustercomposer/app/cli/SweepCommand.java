package org.clustercomposer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.clustercomposer.scenario.io.IoMessages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cluster-composer sweep FILE --vary PATH=V1,V2 --seeds N --out DIR}: one {@code simulate}
 * run per combination of the varied values and seed, on a bounded pool of local threads, then one
 * table (decision 0321). With {@code --slurm} it writes the same runs as an sbatch array job
 * instead; {@code sweep-merge DIR} builds the table once the array is done.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs simulate on every combination of varied scenario values and seeds, on the local cores"
                + " (or as a Slurm array job with --slurm), and writes one table, DIR/table.csv and DIR/table.json:"
                + " one row per run with the varied values, the seed, its status and simulate's summary.",
                "PATH is a JSON pointer into FILE; a step into a list may name an element by its id:"
                        + " /vms/vm3/workload/dirtyRate, /hosts/h1/cores, /hosts/0/memory. Values are written"
                        + " as in the file, with units: --vary '/vms/vm3/workload/dirtyRate=20 MiB/s,80 MiB/s'."})
public final class SweepCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario file (.json)")
    Path file;

    @Option(names = "--vary", required = true, paramLabel = "PATH=V1,V2,...",
            description = "a value to vary and its values; repeat for more (every combination runs)")
    List<String> vary;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1",
            description = "runs of each combination, seeds 1..N (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "an empty or new directory: variants, runs, the table")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "runs at once (default: the number of cores)")
    int jobs;

    @Option(names = "--slurm", description = "write an sbatch array job (one task per run) and its merge step; "
            + "run nothing here")
    boolean slurm;

    @CommandLine.Mixin
    SimulationOptions options;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        options.config(spec.commandLine()); // usage errors in the simulate options before anything is written
        if (seeds < 1) {
            throw usage("--seeds must be at least 1, got " + seeds);
        }
        int threads = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
        List<Varied> varied = new ArrayList<>();
        for (String v : vary) {
            varied.add(parseVary(v));
        }
        String outProblem = outProblem();
        if (outProblem != null) {
            err.println(outProblem);
            return Cli.INVALID_INPUT;
        }
        if (ScenarioInput.loadValid(file, err).isEmpty()) {
            return Cli.INVALID_INPUT;
        }
        JsonNode root = MAPPER.readTree(file.toFile()); // read above, so it is JSON
        for (Varied v : varied) {
            try {
                v.pointer().resolve(root);
            } catch (ScenarioPointer.BadPath e) {
                err.println(file + ": --vary " + e.getMessage());
                return Cli.INVALID_INPUT;
            }
        }
        Files.createDirectories(out.resolve("variants"));
        Files.createDirectories(out.resolve("runs"));
        List<SweepPlan.Run> runs = new ArrayList<>();
        List<List<String>> combinations = combinations(varied);
        boolean valid = true;
        for (int c = 0; c < combinations.size(); c++) {
            JsonNode copy = root.deepCopy();
            for (int i = 0; i < varied.size(); i++) {
                try {
                    varied.get(i).pointer().set(copy, combinations.get(c).get(i));
                } catch (ScenarioPointer.BadPath e) {
                    throw new IllegalStateException(e); // resolved above
                }
            }
            String variant = "variants/variant-" + c + ".json";
            Files.writeString(out.resolve(variant), MAPPER.writeValueAsString(copy) + "\n");
            // Each variant is read and validated as a file: problems name it and the JSON path.
            if (ScenarioInput.loadValid(out.resolve(variant), err).isEmpty()) {
                valid = false;
                List<String> set = new ArrayList<>();
                for (int i = 0; i < varied.size(); i++) {
                    set.add(varied.get(i).pointer().text() + "=" + combinations.get(c).get(i));
                }
                err.println(out.resolve(variant) + " is " + file + " with " + String.join(", ", set));
            }
            for (long seed = 1; seed <= seeds; seed++) {
                runs.add(new SweepPlan.Run(String.format(Locale.ROOT, "run-%03d", runs.size()), variant,
                        combinations.get(c), seed));
            }
        }
        if (!valid) {
            err.println("sweep: a variant is invalid (see above): nothing run");
            return Cli.INVALID_INPUT;
        }
        SweepPlan plan = new SweepPlan(file.toAbsolutePath().toString(), varied.stream().map(v -> v.pointer().text())
                .toList(), options.asArguments(), runs);
        plan.write(out);
        if (slurm) {
            List<Path> written = SlurmSweep.write(plan, out);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%d runs written as a Slurm array job: %s%n", runs.size(), written.get(0));
            o.println("  submit:  sbatch " + written.get(0));
            o.println("  then:    " + written.get(1) + "   (writes " + out.resolve(SweepTable.CSV) + ")");
            o.flush();
            return 0;
        }
        return runLocally(plan, threads, err);
    }

    private record Varied(ScenarioPointer pointer, List<String> values) {
    }

    private Varied parseVary(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw usage("--vary " + text + ": expected PATH=V1,V2,... (e.g. /vms/vm3/workload/dirtyRate=20MiB/s,80MiB/s)");
        }
        ScenarioPointer pointer;
        try {
            pointer = ScenarioPointer.parse(text.substring(0, eq));
        } catch (ScenarioPointer.BadPath e) {
            throw usage("--vary " + e.getMessage());
        }
        List<String> values = new ArrayList<>();
        for (String v : text.substring(eq + 1).split(",", -1)) {
            if (v.isBlank()) {
                throw usage("--vary " + text + ": an empty value (two commas, or a comma at an end)");
            }
            values.add(v.trim());
        }
        return new Varied(pointer, values);
    }

    private static List<List<String>> combinations(List<Varied> varied) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of());
        for (Varied v : varied) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : all) {
                for (String value : v.values()) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(value);
                    next.add(c);
                }
            }
            all = next;
        }
        return all;
    }

    private String outProblem() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return out + ": it is a file, not a directory";
        }
        if (Files.isDirectory(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    return out + ": the directory is not empty: choose an empty or new one";
                }
            } catch (IOException e) {
                return out + ": cannot read the directory: " + IoMessages.describe(e);
            }
        }
        return null;
    }

    /*
     * Runs on a bounded pool. Ctrl-C (SIGINT) or SIGTERM: no new run starts, each running simulate
     * stops and writes what it simulated (marked cancelled), and the hook waits while the table of
     * the runs so far is written.
     */
    private int runLocally(SweepPlan plan, int threads, PrintWriter err) throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch tableWritten = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                tableWritten.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sweep-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        SweepProgress progress = new SweepProgress(err, System.console() != null, plan.runs().size());
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, plan.runs().size()), r -> {
            Thread t = new Thread(r, "sweep-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SweepPlan.Run run : plan.runs()) {
                futures.add(pool.submit(() -> {
                    if (cancelled.get()) {
                        return;
                    }
                    String problem = simulate(plan, run);
                    if (problem != null) {
                        failed.incrementAndGet();
                    }
                    progress.finished(run.name(), problem);
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.incrementAndGet();
                    err.println("sweep: " + Cli.describe(e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        List<SweepTable.Row> rows = SweepTable.write(plan, out);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and has been released.
        }
        long done = rows.stream().filter(r -> r.status().equals("done")).count();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d of %d runs done%s; table: %s and %s%n", done, rows.size(),
                cancelled.get() ? " (cancelled)" : "", out.resolve(SweepTable.CSV), out.resolve(SweepTable.JSON));
        o.flush();
        tableWritten.countDown(); // after the last line: once released, the hook lets the JVM exit
        if (cancelled.get()) {
            return Cli.CANCELLED;
        }
        return failed.get() > 0 || done < rows.size() ? Cli.INVALID_INPUT : 0;
    }

    /** One run through the simulate command itself; null when it succeeded, else its first line of errors. */
    private String simulate(SweepPlan plan, SweepPlan.Run run) {
        List<String> args = new ArrayList<>(List.of("simulate", out.resolve(run.variant()).toString(), "--seed",
                Long.toString(run.seed()), "--out", run.results(out).toString(), "--format", "csv"));
        args.addAll(plan.simulateArguments());
        StringWriter runErr = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(runErr), args.toArray(String[]::new));
        if (code == 0 || code == Cli.CANCELLED) {
            return null;
        }
        String first = runErr.toString().lines().filter(l -> !l.isBlank()).findFirst().orElse("exit " + code);
        return first;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
