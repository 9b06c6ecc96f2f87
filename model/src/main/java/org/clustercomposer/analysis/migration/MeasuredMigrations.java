package org.clustercomposer.analysis.migration;

import org.clustercomposer.topology.HypervisorMigrationSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.topology.HypervisorMigrationSettings.Transport;

/**
 * Reads measured migrations from the migration lab's CSV (columns in decision 0210). The request and settings are
 * built only from the columns a user knows before migrating; the outcomes go to their own fields. Rows that did
 * not complete are skipped.
 */
public final class MeasuredMigrations {

    private static final double MIB = 1 << 20;

    private MeasuredMigrations() {
    }

    /** The completed runs of a lab CSV; {@code source} names the file in messages and run ids. */
    public static List<MeasuredMigration> fromLabCsv(Reader in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        List<String> header = null;
        List<MeasuredMigration> runs = new ArrayList<>();
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
                for (String required : List.of("memory_mib", "nonzero_mib", "status", "total_time_s", "downtime_ms")) {
                    if (!header.contains(required)) {
                        throw new IllegalArgumentException(source + ": not a migration-lab CSV (no column " + required
                                + ")");
                    }
                }
                continue;
            }
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": " + cells.length
                        + " cells, the header has " + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            if (!"completed".equals(row.get("status"))) {
                continue;
            }
            try {
                runs.add(fromRow(row, source + ":" + lineNumber + " (run " + row.get("run_id") + ", "
                        + row.get("setting_id") + ")"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": " + e.getMessage(), e);
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(source + ": empty, no header");
        }
        return runs;
    }

    private static MeasuredMigration fromRow(Map<String, String> row, String id) {
        return new MeasuredMigration(id, request(row), settings(row), number(row, "total_time_s"),
                number(row, "downtime_ms") / 1000, number(row, "normal_bytes"), number(row, "duplicate_pages"),
                number(row, "downtime_bytes"));
    }

    /** The hypervisor settings the run was given. */
    static HypervisorMigrationSettings settings(Map<String, String> row) {
        String cap = text(row, "max_bandwidth_mibps");
        boolean xbzrle = Boolean.parseBoolean(text(row, "xbzrle"));
        return new HypervisorMigrationSettings(
                cap.equals("none") ? Double.POSITIVE_INFINITY : Double.parseDouble(cap) * MIB,
                number(row, "downtime_limit_ms") / 1000, (int) number(row, "multifd_channels"),
                Boolean.parseBoolean(text(row, "auto_converge")), xbzrle ? number(row, "xbzrle_cache_mib") * MIB : 0.0,
                0.0, Transport.tcp, (int) number(row, "postcopy_after_passes")).checked();
    }

    /**
     * Memory, non-zero memory, working set, and the page-write rate under dirty logging, recovered from QEMU's
     * pre-migration calc-dirty-rate: dirty-bitmap mode counts distinct pages in 1 s, W (1 - exp(-D / W)) for writes
     * spread over the working set. The link is loopback: no line rate below the transport's ceiling.
     */
    static MigrationRequest request(Map<String, String> row) {
        double memory = number(row, "memory_mib") * MIB;
        double nonZero = number(row, "nonzero_mib") * MIB;
        double ws = number(row, "working_set_mib") * MIB;
        double distinct = number(row, "dirty_rate_bitmap_mibps") * MIB;
        double rate = "random".equals(text(row, "dirty_pattern")) && distinct < 0.99 * ws
                ? writeRate(distinct, ws, 1) : distinct;
        return new MigrationRequest(memory, rate, ws, Double.POSITIVE_INFINITY, MigrationRequest.DEFAULT_DOWNTIME_LIMIT,
                MigrationRequest.DEFAULT_MAX_ROUNDS, 0, true, nonZero);
    }

    /**
     * The page-write rate behind a measured rate of distinct dirtied pages: writes at D spread over a working set W
     * dirty W (1 - exp(-D t / W)) distinct pages in t seconds, so D = -W ln(1 - distinct t / W) / t. Without a working
     * set (0), or when the distinct pages fill it, the distinct rate is all that is known and is returned as it is.
     */
    static double writeRate(double distinctPerSecond, double workingSet, double seconds) {
        double dirtied = distinctPerSecond * seconds;
        if (workingSet <= 0 || dirtied <= 0 || dirtied >= workingSet) {
            return distinctPerSecond;
        }
        return -workingSet * Math.log(1 - dirtied / workingSet) / seconds;
    }

    private static String text(Map<String, String> row, String column) {
        String v = row.get(column);
        if (v == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return v;
    }

    private static double number(Map<String, String> row, String column) {
        String v = text(row, column);
        if (v.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column + ": not a number: " + v);
        }
    }
}
