package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.clustercomposer.topology.HypervisorMigrationSettings.Transport;
import org.junit.jupiter.api.Test;

/**
 * The QEMU model against the committed lab runs (decision 0220), from known-before columns only. The lab's profile
 * is calibrated on {@link #FIT_SETTINGS} (12 of 60 completed runs, a fifth); the bounds are judged on the rest.
 * A run of a repeated setting counts as exact when the prediction lies within the setting's measured range, and
 * otherwise by its distance to the nearest measured value; downtime errors leave out QEMU's 1 ms resolution.
 */
class QemuPreCopyLabTest {

    static final Set<String> FIT_SETTINGS = Set.of("idle-1g", "idle-2g-uncapped", "cap128", "dirty50");

    static List<MeasuredMigration> runs() throws IOException {
        try (var in = new InputStreamReader(QemuPreCopyLabTest.class.getResourceAsStream(LabRuns.RESOURCE),
                StandardCharsets.UTF_8)) {
            return MeasuredMigrations.fromLabCsv(in, "kvm-runs.csv");
        }
    }

    static String setting(MeasuredMigration m) {
        return m.id().substring(m.id().indexOf(", ") + 2, m.id().length() - 1);
    }

    static boolean fitted(MeasuredMigration m) {
        return FIT_SETTINGS.contains(setting(m));
    }

    /** The profile calibrated on the fitting quarter, as {@code calibrate} computes it. */
    static TransportProfile labProfile() throws IOException {
        List<MeasuredMigration> fit = runs().stream().filter(QemuPreCopyLabTest::fitted).toList();
        return Calibration.fit("lab", fit, TransportProfile.defaults(Transport.tcp)).profile();
    }

    @Test
    void fitsOnAtMostAQuarterOfTheRuns() throws IOException {
        long fit = runs().stream().filter(QemuPreCopyLabTest::fitted).count();
        assertTrue(fit > 0 && fit * 4 <= runs().size(), fit + " fitting runs of " + runs().size());
    }

    @Test
    void theCommittedLabProfileIsTheFitOnTheFittingRuns() throws IOException, URISyntaxException {
        TransportProfile committed = TransportProfileFile.read(
                Path.of(QemuPreCopyLabTest.class.getResource("/migration-lab/lab-profile.json").toURI()));
        TransportProfile fitted = labProfile();
        System.out.println("fitted: ceiling " + fitted.ceiling() + " stop-copy " + fitted.stopCopyRate()
                + " switchover " + fitted.switchoverSeconds());
        assertEquals(fitted.ceiling().value(), committed.ceiling().value(), 1e-6 * fitted.ceiling().value());
        assertEquals(fitted.stopCopyRate().value(), committed.stopCopyRate().value(),
                1e-6 * fitted.stopCopyRate().value());
        assertEquals(fitted.switchoverSeconds().value(), committed.switchoverSeconds().value(), 1e-9);
    }

    @Test
    void predictsHeldOutLabRunsWithinTheBounds() throws IOException {
        Errors e = errors(runs(), labProfile(), true);
        assertTrue(e.runs() >= 40, e.runs() + " held-out runs");
        assertTrue(e.medianTotal() <= 0.10, "median total-time error " + e.medianTotal());
        assertTrue(e.medianDowntime() <= 0.25, "median downtime error " + e.medianDowntime());
    }

    @Test
    void calibrationPredictsTheHeldOutRunsBetterThanTheBuiltInDefaults() throws IOException {
        Errors calibrated = errors(runs(), labProfile(), true);
        Errors defaults = errors(runs(), TransportProfile.defaults(Transport.tcp), true);
        assertTrue(calibrated.medianTotal() < defaults.medianTotal(), calibrated + " vs " + defaults);
        assertTrue(calibrated.medianDowntime() < defaults.medianDowntime(), calibrated + " vs " + defaults);
    }

    record Errors(double medianTotal, double medianDowntime, int runs) {
    }

    /** Per-run errors of the held-out runs (or all, when {@code heldOutOnly} is false), printed one a line. */
    static Errors errors(List<MeasuredMigration> runs, TransportProfile profile, boolean heldOutOnly) {
        Map<String, List<MeasuredMigration>> bySetting = new HashMap<>();
        for (MeasuredMigration m : runs) {
            bySetting.computeIfAbsent(setting(m), k -> new ArrayList<>()).add(m);
        }
        List<Double> total = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        for (MeasuredMigration m : runs) {
            if (heldOutOnly && fitted(m)) {
                continue;
            }
            MigrationCost c = new QemuPreCopyModel(m.settings(), profile).cost(m.request());
            List<MeasuredMigration> same = bySetting.get(setting(m));
            double et = error(c.totalSeconds(), m.totalSeconds(), same, MeasuredMigration::totalSeconds, 0);
            double ed = error(c.downtimeSeconds(), m.downtimeSeconds(), same, MeasuredMigration::downtimeSeconds,
                    0.0005);
            total.add(et);
            down.add(ed);
            System.out.printf(Locale.ROOT, "%-50s T %7.2f / %6.2f s %5.0f %%  downtime %6.1f / %6.1f ms %5.0f %%%n",
                    m.id(), c.totalSeconds(), m.totalSeconds(), 100 * et, c.downtimeSeconds() * 1e3,
                    m.downtimeSeconds() * 1e3, 100 * ed);
        }
        Errors e = new Errors(median(total), median(down), total.size());
        System.out.printf(Locale.ROOT, "%s: %d runs, median error total %.1f %%, downtime %.1f %%%n", profile.name(),
                e.runs(), 100 * e.medianTotal(), 100 * e.medianDowntime());
        return e;
    }

    /** Relative error; for a repeated setting, 0 inside its measured range, else the distance to the nearest end. */
    static double error(double predicted, double measured, List<MeasuredMigration> same,
                        ToDoubleFunction<MeasuredMigration> value, double resolution) {
        double lo = measured;
        double hi = measured;
        for (MeasuredMigration s : same) {
            lo = Math.min(lo, value.applyAsDouble(s));
            hi = Math.max(hi, value.applyAsDouble(s));
        }
        if (predicted >= lo - resolution && predicted <= hi + resolution) {
            return 0;
        }
        double nearest = predicted < lo ? lo : hi;
        return Math.max(0, Math.abs(predicted - nearest) - resolution) / nearest;
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
