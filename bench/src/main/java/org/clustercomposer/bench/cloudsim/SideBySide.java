package org.clustercomposer.bench.cloudsim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The same data centre day in Cluster Composer and in CloudSim Plus, in one JVM, at several
 * sizes: wall time (median of the repeats), events per second, VM-steps per second, peak heap,
 * migrations, and the wall-time ratio. CloudSim Plus runs are capped; a capped run is reported as
 * a lower bound extrapolated from the simulated time it reached.
 *
 * <p>Three rows per size (decision 0320): each simulator's threshold consolidation; no consolidation
 * (utilization stepping and energy only); the same scripted migrations replayed in both.
 *
 * <p>Arguments: {@code --hosts 100,1000,10000 --vms-per-host 10 --repeat 3 --cloudsim-repeat 3 --cap 300
 * --seed 1 --rows consolidation,none,same}.
 */
public final class SideBySide {

    private static final double DAY = 86_400;
    private static final double STEP = 300;

    private SideBySide() {
    }

    public static void main(String[] args) {
        int[] sizes = ints(option(args, "--hosts", "100,1000,10000"));
        int perHost = Integer.parseInt(option(args, "--vms-per-host", "10"));
        int repeat = Integer.parseInt(option(args, "--repeat", "3"));
        int theirRepeat = Integer.parseInt(option(args, "--cloudsim-repeat", String.valueOf(repeat)));
        double cap = Double.parseDouble(option(args, "--cap", "300"));
        long seed = Long.parseLong(option(args, "--seed", "1"));
        List<BenchRow> kinds = Arrays.stream(option(args, "--rows", "consolidation,none,same").split(","))
                .map(String::trim).map(SideBySide::row).toList();

        System.out.println("Warming up both simulators (50 hosts, every row, not reported)...");
        BenchWorkload warm = BenchWorkload.generate(50, perHost, DAY, STEP, seed);
        MoveScript warmScript = MoveScript.generate(warm, movesPerStep(50), seed);
        for (BenchRow kind : kinds) {
            ClusterComposerRun.run(warm, DAY, kind, warmScript);
            CloudSimRun.run(warm, DAY, cap, kind, warmScript);
        }

        List<String> rows = new ArrayList<>();
        for (int hosts : sizes) {
            BenchWorkload w = BenchWorkload.generate(hosts, perHost, DAY, STEP, seed);
            MoveScript script = MoveScript.generate(w, movesPerStep(hosts), seed);
            for (BenchRow kind : kinds) {
                RunStats ours = median(repeat, () -> ClusterComposerRun.run(w, DAY, kind, script));
                RunStats theirs = median(theirRepeat, () -> CloudSimRun.run(w, DAY, cap, kind, script));
                List<String> lines = List.of(line(kind, ours, repeat), line(kind, theirs, theirRepeat),
                        String.format(Locale.ROOT, "|  |  | %s | **ratio** | **%s%.1fx** faster |  |  |  |  |  |  |%s",
                                kind.label(), theirs.capped() ? ">= " : "",
                                theirs.fullWallSeconds() / ours.wallSeconds(), kind == BenchRow.SAME_MIGRATIONS
                                        ? String.format(Locale.ROOT, " script: %d moves; not done: ours %d, CloudSim %d",
                                                script.moves().size(), ours.refusedMoves(), theirs.refusedMoves())
                                        : ""));
                lines.forEach(System.out::println);
                rows.addAll(lines);
            }
        }
        System.out.println();
        System.out.println("| hosts | VMs | row | simulator | wall s (median) | events | events/s | VM-steps/s "
                + "| peak heap MiB | migrations | energy kWh |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("One simulated day at 5-minute steps, same traces and initial placement; rows: threshold "
                + "consolidation (80 % / 20 %, each its own), no consolidation, the same scripted migrations "
                + "(hosts / 200 per step); JVM " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, " + Runtime.getRuntime().availableProcessors()
                + " cores.");
    }

    /** Scripted moves per step: one per 200 hosts (at least one), a few per mille of the VMs each step. */
    static int movesPerStep(int hosts) {
        return Math.max(1, hosts / 200);
    }

    private static BenchRow row(String name) {
        return switch (name) {
            case "consolidation" -> BenchRow.CONSOLIDATION;
            case "none" -> BenchRow.NONE;
            case "same" -> BenchRow.SAME_MIGRATIONS;
            default -> throw new IllegalArgumentException("--rows takes consolidation, none, same; got " + name);
        };
    }

    private static String line(BenchRow kind, RunStats s, int repeats) {
        String wall = s.capped()
                ? String.format(Locale.ROOT, ">= %.1f (capped at %.0f s after %.1f h simulated)", s.fullWallSeconds(),
                        s.wallSeconds(), s.simulatedSeconds() / 3600)
                : String.format(Locale.ROOT, "%.3f", s.wallSeconds());
        String energy = Double.isNaN(s.energyJoules()) ? "not read"
                : String.format(Locale.ROOT, "%.1f%s", s.energyJoules() / 3.6e6, s.capped() ? " (part run)" : "");
        return String.format(Locale.ROOT, "| %d | %d | %s | %s (n=%d) | %s | %d | %.0f | %.0f | %.0f | %d | %s |",
                s.hosts(), s.vms(), kind.label(), s.simulator(), repeats, wall, s.events(), s.eventsPerSecond(),
                s.vmSteps() / s.wallSeconds(), s.peakHeapBytes() / 1048576.0, s.migrations(), energy);
    }

    /** Runs {@code n} times and returns the run with the median wall time. */
    private static RunStats median(int n, Supplier<RunStats> run) {
        List<RunStats> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(run.get());
        }
        runs.sort((a, b) -> Double.compare(a.fullWallSeconds(), b.fullWallSeconds()));
        return runs.get(runs.size() / 2);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static int[] ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }
}
