package org.clustercomposer.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clustercomposer.bench.cloudsim.SideBySide;
import org.clustercomposer.bench.migrationlab.MigrationLab;

/**
 * Runs one benchmark suite by name: {@code java -jar bench/target/benchmarks.jar analysis}.
 * Each suite registers one line below; a suite runs JMH itself with settings that suit it.
 */
public final class BenchMain {

    /** A suite: runs its benchmarks and prints its figures. */
    public interface Suite {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Suite> SUITES = new LinkedHashMap<>();

    static {
        SUITES.put("analysis", AnalysisBenchmark::runSuite);
        SUITES.put("repredict", RepredictComparison::runSuite);
        SUITES.put("canvas", CanvasBenchmark::runSuite);
        SUITES.put("drag", DragBenchmark::runSuite);
        SUITES.put("charts", ChartsBenchmark::runSuite);
        SUITES.put("simulation", SideBySide::main);
        SUITES.put("migration-lab", MigrationLab::runSuite);
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !SUITES.containsKey(args[0])) {
            System.err.println("usage: java -jar benchmarks.jar SUITE [args]; suites: " + String.join(", ", SUITES.keySet()));
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        SUITES.get(args[0]).run(rest);
    }
}
