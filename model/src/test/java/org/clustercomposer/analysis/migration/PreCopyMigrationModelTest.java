package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreCopyMigrationModelTest {

    private static final double GIB = 1L << 30;
    private static final double MIB = 1L << 20;
    private static final double GBIT = 1e9 / 8;

    private final PreCopyMigrationModel model = new PreCopyMigrationModel();

    @Test
    void idleGuestCostsOneFullCopyAtEffectiveBandwidth() {
        MigrationCost cost = model.cost(MigrationRequest.of(4 * GIB, 0, GBIT));
        double b = GBIT * TransferSettings.TCP_OVER_ETHERNET;
        // Round 1 copies everything; nothing is dirty, so round 2 is empty and fits any limit.
        assertEquals(4 * GIB / b + TransferSettings.DEFAULT_SWITCHOVER_SECONDS, cost.totalSeconds(), 1e-9);
        assertEquals(TransferSettings.DEFAULT_SWITCHOVER_SECONDS, cost.downtimeSeconds(), 1e-9);
        assertEquals(4 * GIB, cost.bytesSent(), 1);
        assertEquals(2, cost.rounds());
        assertTrue(cost.converged());
    }

    @Test
    void roundsShrinkGeometricallyWhenDirtyRateIsBelowBandwidth() {
        double b = GBIT * TransferSettings.TCP_OVER_ETHERNET;
        double d = 0.25 * b;
        MigrationCost cost = model.cost(MigrationRequest.of(1 * GIB, d, GBIT));
        // V(i) = M * (D/B)^(i-1); total sent is a geometric series up to the converging round.
        double sent = 0;
        double v = GIB;
        int rounds = 0;
        while (true) {
            rounds++;
            sent += v;
            if (v / b <= 0.3) {
                break;
            }
            v *= 0.25;
        }
        assertEquals(rounds, cost.rounds());
        assertEquals(sent, cost.bytesSent(), 1);
        assertTrue(cost.converged());
    }

    @ParameterizedTest
    @CsvSource({"5 MiB/s, 30 MiB/s", "10 MiB/s, 50 MiB/s", "20 MiB/s, 80 MiB/s"})
    void predictsLongerMigrationWhenDirtyRateRisesAndStillConverges(String lower, String higher) {
        MigrationRequest base = MigrationRequest.of(8 * GIB, 0, GBIT).withWritableWorkingSet(2 * GIB);
        MigrationCost slow = model.cost(base.withDirtyRate(Quantities.parse(lower, Dimension.DATA_RATE)));
        MigrationCost fast = model.cost(base.withDirtyRate(Quantities.parse(higher, Dimension.DATA_RATE)));
        assertTrue(fast.totalSeconds() > slow.totalSeconds(), fast + " vs " + slow);
        assertTrue(fast.bytesSent() > slow.bytesSent());
        assertTrue(fast.converged() && slow.converged());
    }

    @ParameterizedTest
    @CsvSource({"50 MiB/s, 100 MiB/s", "100 MiB/s, 200 MiB/s", "10 MiB/s, 300 MiB/s"})
    void predictsLongerDowntimeWhenDirtyRateRises(String lower, String higher) {
        MigrationRequest base = MigrationRequest.of(8 * GIB, 0, GBIT).withWritableWorkingSet(2 * GIB);
        MigrationCost low = model.cost(base.withDirtyRate(Quantities.parse(lower, Dimension.DATA_RATE)));
        MigrationCost high = model.cost(base.withDirtyRate(Quantities.parse(higher, Dimension.DATA_RATE)));
        assertTrue(high.downtimeSeconds() > low.downtimeSeconds(), high + " vs " + low);
    }

    @Test
    void doesNotConvergeWhenDirtyRateExceedsBandwidth() {
        MigrationCost cost = model.cost(MigrationRequest.of(4 * GIB, 200 * MIB, GBIT));
        assertFalse(cost.converged());
        // Stopped for lack of progress after round 1: the whole memory is copied again while paused.
        assertEquals(1, cost.rounds());
        assertTrue(cost.downtimeSeconds() > 30, "downtime " + cost.downtimeSeconds());
        assertTrue(cost.explanation().notes().get(0).startsWith("no progress"));
    }

    @Test
    void writableWorkingSetBoundsDowntimeOfHeavyWriter() {
        MigrationRequest heavy = MigrationRequest.of(4 * GIB, 500 * MIB, GBIT);
        MigrationCost unbounded = model.cost(heavy);
        MigrationCost bounded = model.cost(heavy.withWritableWorkingSet(64 * MIB));
        assertTrue(bounded.downtimeSeconds() < unbounded.downtimeSeconds());
        double b = GBIT * TransferSettings.TCP_OVER_ETHERNET;
        assertEquals(64 * MIB / b + TransferSettings.DEFAULT_SWITCHOVER_SECONDS, bounded.downtimeSeconds(), 1e-9);
    }

    @Test
    void roundLimitForcesStopAndCopy() {
        MigrationRequest request = MigrationRequest.of(4 * GIB, 100 * MIB, GBIT).withMaxRounds(2)
                .withDowntimeLimit(0.001);
        MigrationCost cost = model.cost(request);
        assertEquals(2, cost.rounds());
        assertFalse(cost.converged());
    }

    @Test
    void qemuCapLimitsFastLinks() {
        MigrationRequest onTenGig = MigrationRequest.of(4 * GIB, 0, 10 * GBIT);
        double capped = PreCopyMigrationModel.qemu().cost(onTenGig).totalSeconds();
        double uncapped = model.cost(onTenGig).totalSeconds();
        assertEquals(4 * GIB / TransferSettings.QEMU_MAX_BANDWIDTH + TransferSettings.DEFAULT_SWITCHOVER_SECONDS,
                capped, 1e-9);
        assertTrue(capped > 7 * uncapped);
    }

    @Test
    void explanationNamesInputsAndStopReason() {
        MigrationCost cost = model.cost(MigrationRequest.of(4 * GIB, 80 * MIB, GBIT));
        String text = cost.explanation().text();
        assertTrue(text.contains("memory M = 4 GiB"), text);
        assertTrue(text.contains("dirty rate D = 80 MiB/s"), text);
        assertTrue(text.contains("converged"), text);
    }

    @Test
    void rejectsNonPositiveBandwidth() {
        assertThrows(IllegalArgumentException.class, () -> MigrationRequest.of(GIB, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> MigrationRequest.of(0, 0, GBIT));
    }
}
