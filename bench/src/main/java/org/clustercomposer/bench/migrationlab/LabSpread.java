package org.clustercomposer.bench.migrationlab;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run-to-run spread of a lab CSV: for each setting with at least two completed runs, the median and the
 * range of total time, downtime and rounds, and the load the runs saw. {@code migration-lab --spread FILE.csv}.
 */
final class LabSpread {

    private LabSpread() {
    }

    static void print(Path csv, PrintStream out) throws IOException {
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (lines.isEmpty()) {
            throw new IOException(csv + " has no header line");
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        Map<String, List<String[]>> bySetting = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[column(header, Column.STATUS)].equals("completed")) {
                bySetting.computeIfAbsent(cells[column(header, Column.SETTING_ID)], k -> new ArrayList<>()).add(cells);
            }
        }
        out.println("| setting | runs | total time s: median (min-max) | range / median | downtime ms: median (min-max) "
                + "| rounds | load avg |");
        out.println("|---|---|---|---|---|---|---|");
        bySetting.forEach((id, runs) -> {
            if (runs.size() >= 2) {
                double[] total = values(runs, column(header, Column.TOTAL_TIME_S));
                double[] down = values(runs, column(header, Column.DOWNTIME_MS));
                double[] rounds = values(runs, column(header, Column.DIRTY_SYNC_COUNT));
                double[] load = values(runs, column(header, Column.LOAD_AVG_1MIN_BEFORE));
                out.printf(Locale.ROOT, "| %s | %d | %.2f (%.2f-%.2f) | %.0f %% | %.0f (%.0f-%.0f) | %.0f-%.0f | %.1f-%.1f |%n",
                        id, runs.size(), median(total), total[0], total[total.length - 1],
                        100 * (total[total.length - 1] - total[0]) / median(total), median(down), down[0],
                        down[down.length - 1], rounds[0], rounds[rounds.length - 1], load[0], load[load.length - 1]);
            }
        });
    }

    private static int column(List<String> header, Column c) {
        int i = header.indexOf(c.header());
        if (i < 0) {
            throw new IllegalArgumentException("not a migration-lab CSV: no column " + c.header());
        }
        return i;
    }

    /** The column's values, sorted. */
    private static double[] values(List<String[]> runs, int column) {
        return runs.stream().mapToDouble(r -> Double.parseDouble(r[column])).sorted().toArray();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
