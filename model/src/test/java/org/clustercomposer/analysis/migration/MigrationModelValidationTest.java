package org.clustercomposer.analysis.migration;

import org.clustercomposer.topology.HypervisorMigrationSettings;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our migration models against published measurements (src/test/resources/migration-measurements.csv),
 * side by side with the model most simulators use (total = memory / bandwidth). Prints the table and the
 * median and worst relative error per output. Run alone with:
 * mvn -q -pl model test -Dtest=MigrationModelValidationTest
 */
class MigrationModelValidationTest {

    /** The bound on the median relative error of total time over rows with complete inputs. */
    static final double MEDIAN_TOTAL_ERROR_BOUND = 0.15;
    /** The QEMU model's median total-time error on honest inputs, as measured for decision 0222 (plus a margin). */
    static final double HONEST_MEDIAN_TOTAL_BOUND = 11.5;
    /** The QEMU model's median downtime error on honest inputs, as measured for decision 0222 (plus a margin). */
    static final double HONEST_MEDIAN_DOWNTIME_BOUND = 0.60;
    /** Fewer complete rows than this say nothing about a median. */
    static final int MIN_COMPLETE_ROWS = 10;
    /** The bandwidth cell of a path faster than the hypervisor's cap: the cap alone decides. */
    static final String ABOVE_CAP = "above-cap";
    /** The dirty-rate cell of a row whose rate is taken from the pages its own run sent twice. */
    static final String RESENT = "resent";
    /**
     * How close the observed throughput must come to the cap to show that the cap, not the path or the
     * sender, set the rate. QEMU's "throughput" averages over the whole run (setup and zero-page scanning
     * included), so it lands a few per cent either side of the cap when the cap binds.
     */
    static final double CAP_EVIDENCE_TOLERANCE = 0.15;
    private static final List<String> MODELLED = List.of("precopy", "postcopy", "cold");

    record Row(String id, String hypervisor, String method, Double memory, Double duplicatePages, Double normalPages,
               Double pageSize, String dirtyCell, Double wws, String bandwidthCell, Double cap, Double observed,
               Double downtimeLimit,
               Double disk, boolean shared, Double total, Double downtime, boolean complete, String missing,
               Boolean converged, String source, String locator) {

        /** Pages QEMU sent as data at least once (see the CSV header); all memory without counters. */
        double nonZeroMemory() {
            if (duplicatePages == null || normalPages == null) {
                return memory;
            }
            double pages = Math.min(normalPages, memory / pageSize - duplicatePages);
            return Math.max(0, Math.min(memory, pages * pageSize));
        }

        /** The stated dirty rate, or the re-sent pages of this run over its total time; null when unknown. */
        Double dirtyRate() {
            if (RESENT.equals(dirtyCell)) {
                return Math.max(0, normalPages + duplicatePages - memory / pageSize) * pageSize / total;
            }
            return dirtyCell.isBlank() ? null : Quantities.parse(dirtyCell, Dimension.DATA_RATE);
        }

        /** The path's line rate: infinite when the cap decides, null when unknown. */
        Double lineRate() {
            if (ABOVE_CAP.equals(bandwidthCell)) {
                return cap == null ? null : Double.POSITIVE_INFINITY;
            }
            return bandwidthCell.isBlank() ? null : Quantities.parse(bandwidthCell, Dimension.BANDWIDTH);
        }

        /** What memory / bandwidth divides by: the slower of the line and the cap. */
        double simpleBandwidth() {
            return Math.min(lineRate(), cap == null ? Double.POSITIVE_INFINITY : cap);
        }

        /** Whether the observed throughput shows that the cap set the rate (see CAP_EVIDENCE_TOLERANCE). */
        boolean capShownToBind() {
            return cap != null && observed != null && Math.abs(observed / cap - 1) <= CAP_EVIDENCE_TOLERANCE;
        }

        /** Whether the models can run this row at all: the inputs they need and a method they model. */
        boolean evaluable() {
            return memory != null && lineRate() != null && dirtyRate() != null && MODELLED.contains(method);
        }
    }

    /** memory / bandwidth has no pause: it is scored as predicting a downtime of 0 s. */
    record Outcome(Row row, MigrationRequest request, double predictedTotal, double predictedDowntime,
                   double simpleTotal, boolean predictedConverged) {
        double totalError() {
            return relative(predictedTotal, row.total());
        }

        double downtimeError() {
            return relative(predictedDowntime, row.downtime());
        }

        double simpleError() {
            return relative(simpleTotal, row.total());
        }

        double simpleDowntimeError() {
            return relative(0, row.downtime());
        }
    }

    private static List<Row> rows;

    @BeforeAll
    static void read() throws IOException {
        rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                MigrationModelValidationTest.class.getResourceAsStream("/migration-measurements.csv"),
                StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = List.of(line.split(";", -1));
                    continue;
                }
                String[] cells = line.split(";", -1);
                assertTrue(cells.length == header.size(), "row has " + cells.length + " cells, expected "
                        + header.size() + ": " + line);
                Map<String, String> f = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    f.put(header.get(i), cells[i].strip());
                }
                rows.add(row(f));
            }
        }
    }

    private static Row row(Map<String, String> f) {
        String converged = f.get("measured_converged");
        return new Row(f.get("id"), f.get("hypervisor"), f.get("method"), q(f.get("memory"), Dimension.SIZE),
                num(f.get("duplicate_pages")), num(f.get("normal_pages")), q(f.get("page_size"), Dimension.SIZE),
                f.get("dirty_rate"), q(f.get("writable_working_set"), Dimension.SIZE), f.get("bandwidth"),
                q(f.get("bandwidth_cap"), Dimension.DATA_RATE), q(f.get("observed_throughput"), Dimension.DATA_RATE),
                q(f.get("downtime_limit"), Dimension.DURATION),
                q(f.get("disk"), Dimension.SIZE), "yes".equals(f.get("shared_storage")), num(f.get("measured_total_s")),
                num(f.get("measured_downtime_s")), "yes".equals(f.get("complete")), f.get("missing"),
                converged.isBlank() ? null : "yes".equals(converged), f.get("source"), f.get("locator"));
    }

    @Test
    void everyRowNamesItsSourceAndCompleteRowsHaveEveryInput() {
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            assertFalse(r.source().isBlank() || r.locator().isBlank(), r.id() + " must cite a source and where in it");
            assertTrue(r.total() != null || r.downtime() != null || r.converged() != null,
                    r.id() + " must carry a measured output");
            if (r.complete()) {
                assertTrue(r.evaluable() && !RESENT.equals(r.dirtyCell()) && r.downtimeLimit() != null
                        && r.total() != null, r.id() + " is marked complete but lacks inputs");
                assertTrue(!ABOVE_CAP.equals(r.bandwidthCell()) || r.capShownToBind(),
                        r.id() + " is complete but its throughput does not show that the cap set the rate");
            } else {
                assertFalse(r.missing().isBlank(), r.id() + " is incomplete and must say what is missing");
            }
        }
    }

    @Test
    void predictsMeasuredTotalTimeWithinBoundAndBetterThanMemoryOverBandwidth() {
        List<Outcome> outcomes = rows.stream().filter(Row::evaluable).map(MigrationModelValidationTest::predict).toList();
        print(outcomes);
        List<Outcome> complete = outcomes.stream().filter(o -> o.row().complete()).toList();
        assertTrue(complete.size() >= MIN_COMPLETE_ROWS, "only " + complete.size() + " complete rows");
        double ours = median(complete.stream().mapToDouble(Outcome::totalError).toArray());
        double simple = median(complete.stream().mapToDouble(Outcome::simpleError).toArray());
        assertTrue(ours < MEDIAN_TOTAL_ERROR_BOUND, "median total-time error " + ours);
        assertTrue(ours < simple, "ours " + ours + " vs memory/bandwidth " + simple);
    }

    /** Indicative rows print their verdict in the table; only rows with complete inputs are held to it. */
    @Test
    void predictsWhetherMeasuredMigrationsConverged() {
        List<Outcome> known = rows.stream().filter(r -> r.complete() && r.converged() != null)
                .map(MigrationModelValidationTest::predict).toList();
        assertFalse(known.isEmpty());
        for (Outcome o : known) {
            assertTrue(o.predictedConverged() == o.row().converged(), o.row().id() + ": measured converged="
                    + o.row().converged() + ", predicted " + o.predictedConverged());
        }
    }

    /**
     * Honest inputs (decision 0222): only what a user knows before migrating. The non-zero memory is not known (the
     * counters are the run's own), so every page is taken as non-zero; rows whose dirty rate comes from the run
     * (resent) are left out. Four predictors on the same rows: the QEMU model (built-in profile), the old pre-copy
     * model, memory / bandwidth and SimGrid's pre-copy model. Prints median and worst errors; the asserted figures
     * are those measured when decision 0222 was written, so a regression fails.
     */
    @Test
    void honestInputsOursAgainstMemoryOverBandwidthAndSimGrid() {
        List<Row> honest = rows.stream().filter(r -> r.complete() && r.evaluable() && !RESENT.equals(r.dirtyCell())
                && !r.hypervisor().startsWith("xen") && r.method().equals("precopy")).toList();
        String[] names = {"QEMU model", "old pre-copy", "memory/bandwidth", "SimGrid pre-copy"};
        double[][] total = new double[4][honest.size()];
        double[][] down = new double[4][honest.size()];
        System.out.println();
        System.out.println("Honest inputs (non-zero memory unknown = all memory), " + honest.size() + " complete QEMU rows");
        for (int i = 0; i < honest.size(); i++) {
            Row r = honest.get(i);
            double b = r.simpleBandwidth();
            double limit = r.downtimeLimit() == null ? MigrationRequest.DEFAULT_DOWNTIME_LIMIT : r.downtimeLimit();
            MigrationRequest request = new MigrationRequest(r.memory(), r.dirtyRate(), orZero(r.wws()),
                    r.lineRate(), limit, MigrationRequest.DEFAULT_MAX_ROUNDS, 0, true);
            HypervisorMigrationSettings settings = new HypervisorMigrationSettings(
                    r.cap() == null ? Double.POSITIVE_INFINITY : r.cap(), limit, null, null, null, null, null, null);
            MigrationCost qemu = QemuPreCopyModel.of(settings).cost(request);
            TransferSettings transfer = r.cap() == null ? TransferSettings.standard()
                    : TransferSettings.standard().withBandwidthCap(r.cap());
            MigrationCost old = new PreCopyMigrationModel(new PreCopyMigrationModel.Settings(transfer, 0,
                    Double.POSITIVE_INFINITY)).cost(request);
            double[] simgrid = simGridPreCopy(r.memory(), r.dirtyRate(), orZero(r.wws()), b, limit);
            double[][] predicted = {{qemu.totalSeconds(), qemu.downtimeSeconds()},
                    {old.totalSeconds(), old.downtimeSeconds()}, {r.memory() / b, 0}, simgrid};
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s measured %s / %s", r.id(),
                    secs(r.total()), secs(r.downtime())));
            for (int m = 0; m < 4; m++) {
                total[m][i] = relative(predicted[m][0], r.total());
                down[m][i] = relative(predicted[m][1], r.downtime());
                line.append(String.format(Locale.ROOT, " | %s %s / %s", names[m], secs(predicted[m][0]),
                        secs(predicted[m][1])));
            }
            System.out.println(line);
        }
        double[] medianTotal = new double[4];
        double[] medianDown = new double[4];
        for (int m = 0; m < 4; m++) {
            double[] d = Arrays.stream(down[m]).filter(Double::isFinite).toArray();
            medianTotal[m] = median(total[m]);
            medianDown[m] = median(d);
            System.out.printf(Locale.ROOT, "%-18s total time median %s worst %s   downtime median %s worst %s%n",
                    names[m], pct(medianTotal[m]), pct(max(total[m])), pct(median(d)), pct(max(d)));
        }
        assertTrue(honest.size() >= MIN_COMPLETE_ROWS, honest.size() + " honest rows");
        assertTrue(medianTotal[0] <= HONEST_MEDIAN_TOTAL_BOUND, "QEMU model median total error " + medianTotal[0]);
        assertTrue(medianDown[0] <= HONEST_MEDIAN_DOWNTIME_BOUND, "QEMU model median downtime error " + medianDown[0]);
        assertTrue(medianDown[0] < medianDown[1], "downtime: QEMU model " + medianDown[0] + " vs old " + medianDown[1]);
        assertTrue(medianTotal[0] <= medianTotal[2] && medianTotal[0] <= medianTotal[3],
                "ours " + medianTotal[0] + " vs memory/bandwidth " + medianTotal[2] + " and SimGrid " + medianTotal[3]);
    }

    /**
     * SimGrid's pre-copy (src/plugins/vm/VmLiveMigration.cpp, MigrationTx): stage 1 sends all RAM; each stage-2
     * round sends what was dirtied during the previous one, D x t capped at the working set (SimGrid's default: 90 %
     * of RAM); the threshold is the last round's bandwidth x max_downtime; stage 3 pauses and sends the rest. No
     * zero pages, no switchover, no round limit (a 1e7 s timeout). Returns {total, downtime}.
     */
    static double[] simGridPreCopy(double ram, double dirtyRate, double wws, double bandwidth, double maxDowntime) {
        double cap = wws > 0 ? wws : 0.9 * ram;
        double time = ram / bandwidth;
        double threshold = bandwidth * (maxDowntime > 0 ? maxDowntime : 0.03);
        double updated = Math.min(dirtyRate * time, cap);
        double remaining = updated;
        double elapsed = time;
        while (threshold < remaining && elapsed < 1e7) {
            double t = updated / bandwidth;
            elapsed += t;
            remaining -= updated;
            updated = Math.min(dirtyRate * t, cap);
            remaining += updated;
        }
        double downtime = remaining / bandwidth;
        return new double[] {elapsed + downtime, downtime};
    }

    static Outcome predict(Row r) {
        TransferSettings transfer = r.cap() == null ? TransferSettings.standard()
                : TransferSettings.standard().withBandwidthCap(r.cap());
        MigrationCostModel precopy = r.hypervisor().startsWith("xen") ? PreCopyMigrationModel.xen()
                : new PreCopyMigrationModel(new PreCopyMigrationModel.Settings(transfer, 0, Double.POSITIVE_INFINITY));
        MigrationCostModel method = switch (r.method()) {
            case "postcopy" -> new PostCopyMigrationModel(transfer);
            case "cold" -> new ColdMigrationModel(transfer);
            default -> precopy;
        };
        MigrationCostModel model = new BlockMigrationModel(method, transfer);
        MigrationRequest request = new MigrationRequest(r.memory(), r.dirtyRate(), orZero(r.wws()), r.lineRate(),
                r.downtimeLimit() == null ? MigrationRequest.DEFAULT_DOWNTIME_LIMIT : r.downtimeLimit(),
                MigrationRequest.DEFAULT_MAX_ROUNDS, orZero(r.disk()), r.shared(), r.nonZeroMemory());
        MigrationCost cost = model.cost(request);
        return new Outcome(r, request, cost.totalSeconds(), cost.downtimeSeconds(), r.memory() / r.simpleBandwidth(),
                cost.converged());
    }

    private static void print(List<Outcome> outcomes) {
        String format = "%-32s %9s %9s %10s %10s | %8s %8s %5s | %8s %5s | %7s %7s %5s | %-7s %s%n";
        System.out.println();
        System.out.println("Migration models vs published measurements (errors relative to measured; M/B = memory / "
                + "bandwidth, which has no pause: its downtime counts as 0 s)");
        System.out.printf(Locale.ROOT, format, "case", "memory", "non-zero", "dirty", "B used", "total", "ours", "err",
                "M/B", "err", "down", "ours", "err", "conv", "inputs");
        for (Outcome o : outcomes) {
            Row r = o.row();
            System.out.printf(Locale.ROOT, format, r.id(), size(r.memory()), size(r.nonZeroMemory()),
                    Quantities.display(r.dirtyRate(), Dimension.DATA_RATE),
                    Quantities.display(r.simpleBandwidth(), Dimension.DATA_RATE), secs(r.total()),
                    secs(o.predictedTotal()), pct(o.totalError()), secs(o.simpleTotal()), pct(o.simpleError()),
                    secs(r.downtime()), secs(o.predictedDowntime()), pct(o.downtimeError()),
                    (r.converged() == null ? "?" : r.converged() ? "yes" : "no") + "/" + (o.predictedConverged() ? "yes" : "no"),
                    r.complete() ? "complete" : "INDICATIVE: " + r.missing());
        }
        rows.stream().filter(r -> !r.evaluable())
                .forEach(r -> System.out.printf(Locale.ROOT, "%-32s not evaluated: %s%n", r.id(), r.missing()));
        summarize("rows with complete inputs", outcomes.stream().filter(o -> o.row().complete()).toList());
        summarize("all evaluable rows (indicative only)", outcomes);
    }

    private static void summarize(String label, List<Outcome> outcomes) {
        System.out.printf(Locale.ROOT, "%s (%d), median / worst relative error:%n", label, outcomes.size());
        System.out.printf(Locale.ROOT, "  total time  ours %s / %s   memory/bandwidth %s / %s%n",
                pct(median(errors(outcomes, Outcome::totalError))), pct(max(errors(outcomes, Outcome::totalError))),
                pct(median(errors(outcomes, Outcome::simpleError))), pct(max(errors(outcomes, Outcome::simpleError))));
        System.out.printf(Locale.ROOT, "  downtime    ours %s / %s   memory/bandwidth %s / %s%n",
                pct(median(errors(outcomes, Outcome::downtimeError))), pct(max(errors(outcomes, Outcome::downtimeError))),
                pct(median(errors(outcomes, Outcome::simpleDowntimeError))),
                pct(max(errors(outcomes, Outcome::simpleDowntimeError))));
    }

    private static double[] errors(List<Outcome> outcomes, ToDoubleFunction<Outcome> error) {
        return outcomes.stream().mapToDouble(error).filter(Double::isFinite).toArray();
    }

    static double relative(double predicted, Double measured) {
        return measured == null || measured == 0 ? Double.NaN : Math.abs(predicted - measured) / measured;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static Double q(String text, Dimension d) {
        return text == null || text.isBlank() ? null : Quantities.parse(text, d);
    }

    private static Double num(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text);
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    private static String size(double bytes) {
        return Quantities.display(bytes, Dimension.SIZE);
    }

    private static String secs(Double s) {
        return s == null ? "-" : String.format(Locale.ROOT, "%.3g s", s);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
