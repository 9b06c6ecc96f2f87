package org.clustercomposer.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Entry point of benchmarks.jar: {@code java -jar bench/target/benchmarks.jar NAME [ARGS]}. Each
 * entry is one line here; without a name, lists them.
 */
public final class BenchMain {

    private static final Map<String, Consumer<String[]>> ENTRIES = new TreeMap<>();

    static {
        ENTRIES.put("simulation", org.clustercomposer.bench.cloudsim.SideBySide::main);
    }

    private BenchMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !ENTRIES.containsKey(args[0])) {
            System.err.println("usage: java -jar benchmarks.jar NAME [ARGS]; NAME is one of " + ENTRIES.keySet());
            System.exit(2);
        }
        ENTRIES.get(args[0]).accept(Arrays.copyOfRange(args, 1, args.length));
    }
}
