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
 * <p>Arguments: {@code --hosts 100,1000,10000 --vms-per-host 10 --repeat 3 --cap 300 --seed 1}.
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
        double cap = Double.parseDouble(option(args, "--cap", "300"));
        long seed = Long.parseLong(option(args, "--seed", "1"));

        System.out.println("Warming up both simulators (50 hosts, not reported)...");
        BenchWorkload warm = BenchWorkload.generate(50, perHost, DAY, STEP, seed);
        ClusterComposerRun.run(warm, DAY);
        CloudSimRun.run(warm, DAY, cap);

        List<String> rows = new ArrayList<>();
        for (int hosts : sizes) {
            BenchWorkload w = BenchWorkload.generate(hosts, perHost, DAY, STEP, seed);
            RunStats ours = median(repeat, () -> ClusterComposerRun.run(w, DAY));
            int theirRepeats = hosts >= 1000 ? 1 : repeat;
            RunStats theirs = median(theirRepeats, () -> CloudSimRun.run(w, DAY, cap));
            rows.add(row(ours, repeat));
            rows.add(row(theirs, theirRepeats));
            rows.add(String.format(Locale.ROOT, "|  |  | **ratio** | **%s%.1fx** faster |  |  |  |  |  |",
                    theirs.capped() ? ">= " : "", theirs.fullWallSeconds() / ours.wallSeconds()));
            System.out.println(rows.get(rows.size() - 3));
            System.out.println(rows.get(rows.size() - 2));
            System.out.println(rows.get(rows.size() - 1));
        }
        System.out.println();
        System.out.println("| hosts | VMs | simulator | wall s (median) | events | events/s | VM-steps/s | peak heap MiB "
                + "| migrations |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("One simulated day at 5-minute steps, threshold consolidation (80 % / 20 %), same traces and "
                + "initial placement; JVM " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, " + Runtime.getRuntime().availableProcessors()
                + " cores.");
    }

    private static String row(RunStats s, int repeats) {
        String wall = s.capped()
                ? String.format(Locale.ROOT, ">= %.1f (capped at %.0f s after %.1f h simulated)", s.fullWallSeconds(),
                        s.wallSeconds(), s.simulatedSeconds() / 3600)
                : String.format(Locale.ROOT, "%.3f", s.wallSeconds());
        return String.format(Locale.ROOT, "| %d | %d | %s (n=%d) | %s | %d | %.0f | %.0f | %.0f | %d |", s.hosts(), s.vms(),
                s.simulator(), repeats, wall, s.events(), s.eventsPerSecond(), s.vmSteps() / s.wallSeconds(),
                s.peakHeapBytes() / 1048576.0, s.migrations());
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
