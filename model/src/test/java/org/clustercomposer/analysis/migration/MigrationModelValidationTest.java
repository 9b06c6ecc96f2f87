package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our migration models against published measurements (src/test/resources/migration-measurements.csv),
 * side by side with the model most simulators use (total = memory / bandwidth). Prints the table.
 * Run alone with: mvn -q -pl model test -Dtest=MigrationModelValidationTest
 */
class MigrationModelValidationTest {

    /** The bound on the median relative error of total time over rows with complete inputs. */
    static final double MEDIAN_TOTAL_ERROR_BOUND = 0.15;
    /** Fewer complete rows than this say nothing about a median. */
    static final int MIN_COMPLETE_ROWS = 3;

    record Row(String id, String source, String locator, String hypervisor, String method, Double memory,
               Double dirtyRate, Double wws, Double bandwidth, Double downtimeLimit, Double disk, boolean shared,
               Double total, Double downtime, boolean complete, String missing, Boolean converged) {

        /** Whether the models can run this row at all: the inputs they need and a method they model. */
        boolean evaluable() {
            return memory != null && bandwidth != null && dirtyRate != null && MODELLED.contains(method);
        }
    }

    private static final List<String> MODELLED = List.of("precopy", "postcopy", "cold");

    record Outcome(Row row, double predictedTotal, double predictedDowntime, double simpleTotal,
                   boolean predictedConverged) {
        double totalError() {
            return relative(predictedTotal, row.total());
        }

        double downtimeError() {
            return relative(predictedDowntime, row.downtime());
        }

        double simpleError() {
            return relative(simpleTotal, row.total());
        }
    }

    private static List<Row> rows;

    @BeforeAll
    static void read() throws IOException {
        rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                MigrationModelValidationTest.class.getResourceAsStream("/migration-measurements.csv"),
                StandardCharsets.UTF_8))) {
            String header = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    continue;
                }
                String[] f = Arrays.copyOf(line.split(";", -1), 19);
                rows.add(new Row(f[0], f[1], f[2], f[4], f[5], q(f[6], Dimension.SIZE), q(f[7], Dimension.DATA_RATE),
                        q(f[8], Dimension.SIZE), q(f[9], Dimension.BANDWIDTH), q(f[10], Dimension.DURATION),
                        q(f[11], Dimension.SIZE), "yes".equals(f[12]), num(f[13]), num(f[14]), "yes".equals(f[16]),
                        f[17], f[18] == null || f[18].isBlank() ? null : "yes".equals(f[18].strip())));
            }
        }
    }

    @Test
    void everyRowNamesItsSourceAndCompleteRowsHaveEveryInput() {
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            assertFalse(r.source().isBlank() || r.locator().isBlank(), r.id() + " must cite a source and where in it");
            assertTrue(r.total() != null || r.downtime() != null || r.converged() != null,
                    r.id() + " must carry a measured output");
            if (r.complete()) {
                assertTrue(r.memory() != null && r.dirtyRate() != null && r.bandwidth() != null
                        && r.downtimeLimit() != null && r.total() != null, r.id() + " is marked complete but lacks inputs");
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
        assumeTrue(complete.size() >= MIN_COMPLETE_ROWS, "only " + complete.size() + " of " + rows.size()
                + " measurements state every input the models need; the error bound is not tested (see the table)");
        double ours = median(complete.stream().mapToDouble(Outcome::totalError).toArray());
        double simple = median(complete.stream().mapToDouble(Outcome::simpleError).toArray());
        assertTrue(ours < MEDIAN_TOTAL_ERROR_BOUND, "median total-time error " + ours);
        assertTrue(ours < simple, "ours " + ours + " vs memory/bandwidth " + simple);
    }

    @Test
    void predictsWhetherMeasuredMigrationsConverged() {
        List<Outcome> known = rows.stream().filter(r -> r.evaluable() && r.converged() != null)
                .map(MigrationModelValidationTest::predict).toList();
        assertFalse(known.isEmpty());
        for (Outcome o : known) {
            assertTrue(o.predictedConverged() == o.row().converged(), o.row().id() + ": measured converged="
                    + o.row().converged() + ", predicted " + o.predictedConverged());
        }
    }

    static Outcome predict(Row r) {
        MigrationCostModel precopy = r.hypervisor().startsWith("xen") ? PreCopyMigrationModel.xen()
                : new PreCopyMigrationModel();
        MigrationCostModel method = switch (r.method()) {
            case "postcopy" -> new PostCopyMigrationModel();
            case "cold" -> new ColdMigrationModel();
            default -> precopy;
        };
        MigrationCostModel model = new BlockMigrationModel(method);
        MigrationRequest request = new MigrationRequest(r.memory(), r.dirtyRate(), orZero(r.wws()), r.bandwidth(),
                r.downtimeLimit() == null ? MigrationRequest.DEFAULT_DOWNTIME_LIMIT : r.downtimeLimit(),
                MigrationRequest.DEFAULT_MAX_ROUNDS, orZero(r.disk()), r.shared());
        MigrationCost cost = model.cost(request);
        return new Outcome(r, cost.totalSeconds(), cost.downtimeSeconds(), r.memory() / r.bandwidth(), cost.converged());
    }

    private static void print(List<Outcome> outcomes) {
        System.out.println();
        System.out.println("Migration models vs published measurements (errors relative to measured)");
        System.out.printf(Locale.ROOT, "%-21s %-9s %9s %9s | %8s %8s %7s | %8s %7s | %8s %8s %7s | %-9s  %s%n", "case",
                "memory", "dirty", "bandwidth", "total", "ours", "err", "M/B", "err", "downtime", "ours", "err",
                "converged", "inputs");
        for (Outcome o : outcomes) {
            Row r = o.row();
            System.out.printf(Locale.ROOT, "%-21s %-9s %9s %9s | %8s %8s %7s | %8s %7s | %8s %8s %7s | %-9s  %s%n", r.id(),
                    Quantities.display(r.memory(), Dimension.SIZE), Quantities.display(r.dirtyRate(), Dimension.DATA_RATE),
                    Quantities.display(r.bandwidth(), Dimension.BANDWIDTH), secs(r.total()), secs(o.predictedTotal()),
                    pct(o.totalError()), secs(o.simpleTotal()), pct(o.simpleError()), secs(r.downtime()),
                    secs(o.predictedDowntime()), pct(o.downtimeError()),
                    (r.converged() == null ? "?" : r.converged() ? "yes" : "no") + "/" + (o.predictedConverged() ? "yes" : "no"),
                    r.complete() ? "complete" : "INCOMPLETE: " + r.missing());
        }
        rows.stream().filter(r -> !r.evaluable())
                .forEach(r -> System.out.printf(Locale.ROOT, "%-21s not evaluated: %s%n", r.id(), r.missing()));
        summarize("rows with complete inputs", outcomes.stream().filter(o -> o.row().complete()).toList());
        summarize("all evaluable rows (indicative only)", outcomes);
    }

    private static void summarize(String label, List<Outcome> outcomes) {
        double[] ours = outcomes.stream().mapToDouble(Outcome::totalError).filter(Double::isFinite).toArray();
        double[] simple = outcomes.stream().mapToDouble(Outcome::simpleError).filter(Double::isFinite).toArray();
        double[] down = outcomes.stream().mapToDouble(Outcome::downtimeError).filter(Double::isFinite).toArray();
        System.out.printf(Locale.ROOT, "%s (%d): total time median/worst error ours %s / %s, memory/bandwidth %s / %s;"
                        + " downtime median/worst ours %s / %s%n", label, outcomes.size(), pct(median(ours)), pct(max(ours)),
                pct(median(simple)), pct(max(simple)), pct(median(down)), pct(max(down)));
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
        return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    private static String secs(Double s) {
        return s == null ? "-" : String.format(Locale.ROOT, "%.3g s", s);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
