package org.clustercomposer.analysis.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migration lab's committed runs (src/test/resources/migration-lab/kvm-runs.csv; columns in
 * docs/decisions/0210-migration-lab.md). A row is a map from column name to cell; an empty cell means not
 * measured (or, for {@code max_bandwidth_mibps}, the literal {@code none}: uncapped).
 */
final class LabRuns {

    static final String RESOURCE = "/migration-lab/kvm-runs.csv";

    /**
     * Columns a model may read: what a user sets or measures before migrating. Everything else in a row is what
     * the run itself measured.
     */
    static final Set<String> KNOWN_BEFORE = Set.of("memory_mib", "nonzero_mib", "working_set_mib",
            "set_dirty_rate_mibps", "dirty_pattern", "dirty_write_bytes", "max_bandwidth_mibps", "downtime_limit_ms",
            "multifd_channels", "auto_converge", "xbzrle", "xbzrle_cache_mib", "postcopy_after_passes",
            "cpu_throttle_initial_pct", "cpu_throttle_increment_pct", "max_cpu_throttle_pct", "transport",
            "guest_dirty_rate_mibps", "dirty_rate_bitmap_mibps", "dirty_rate_sampling_mibps");

    /** One run. */
    record Run(Map<String, String> cells) {

        String text(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column + " in " + RESOURCE);
            }
            return v;
        }

        double number(String column) {
            return Double.parseDouble(text(column));
        }

        boolean flag(String column) {
            return Boolean.parseBoolean(text(column));
        }

        boolean completed() {
            return text("status").equals("completed");
        }
    }

    private LabRuns() {
    }

    static List<String> header() {
        return read().header;
    }

    static List<Run> all() {
        return read().runs;
    }

    private record Table(List<String> header, List<Run> runs) {
    }

    private static Table read() {
        try (InputStream in = LabRuns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            List<Run> runs = new ArrayList<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = List.of(cells);
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": " + cells.length + " cells, the header has "
                            + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    row.put(header.get(i), cells[i]);
                }
                runs.add(new Run(Collections.unmodifiableMap(row)));
            }
            return new Table(header, List.copyOf(runs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
