package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationMethodsTest {

    private static final double GIB = 1L << 30;
    private static final double MIB = 1L << 20;
    private static final double GBIT = 1e9 / 8;
    private static final double B = GBIT * TransferSettings.TCP_OVER_ETHERNET;
    private static final double SWITCHOVER = TransferSettings.DEFAULT_SWITCHOVER_SECONDS;

    @Test
    void coldMigrationPausesForTheWholeCopy() {
        MigrationCost cost = new ColdMigrationModel().cost(MigrationRequest.of(4 * GIB, 500 * MIB, GBIT));
        assertEquals(4 * GIB / B + SWITCHOVER, cost.totalSeconds(), 1e-9);
        assertEquals(cost.totalSeconds(), cost.downtimeSeconds());
        assertEquals(4 * GIB, cost.bytesSent());
    }

    @Test
    void postCopyPausesOnlyForSwitchoverWhateverTheDirtyRate() {
        MigrationCost cost = new PostCopyMigrationModel().cost(MigrationRequest.of(4 * GIB, 500 * MIB, GBIT));
        assertEquals(SWITCHOVER, cost.downtimeSeconds(), 1e-12);
        assertEquals(4 * GIB / B + SWITCHOVER, cost.totalSeconds(), 1e-9);
        assertEquals(4 * GIB, cost.bytesSent());
    }

    @ParameterizedTest
    @CsvSource({"0", "50", "100"})
    void postCopyNeverSendsMoreThanPreCopy(double dirtyMiBps) {
        MigrationRequest r = MigrationRequest.of(4 * GIB, dirtyMiBps * MIB, GBIT);
        assertTrue(new PostCopyMigrationModel().cost(r).bytesSent()
                <= new PreCopyMigrationModel().cost(r).bytesSent());
    }

    @Test
    void blockMigrationAddsTheDiskCopyWhenStorageIsLocal() {
        MigrationCostModel memory = new PreCopyMigrationModel();
        BlockMigrationModel block = new BlockMigrationModel(memory);
        MigrationRequest local = MigrationRequest.of(4 * GIB, 20 * MIB, GBIT).withDisk(40 * GIB, false);
        MigrationCost withDisk = block.cost(local);
        MigrationCost memoryOnly = memory.cost(local);
        assertEquals(memoryOnly.totalSeconds() + 40 * GIB / B, withDisk.totalSeconds(), 1e-6);
        assertEquals(memoryOnly.downtimeSeconds(), withDisk.downtimeSeconds(), 1e-12);
        assertEquals(memoryOnly.bytesSent() + 40 * GIB, withDisk.bytesSent(), 1);
    }

    @Test
    void blockMigrationChangesNothingWithSharedStorage() {
        MigrationCostModel memory = new PreCopyMigrationModel();
        MigrationRequest shared = MigrationRequest.of(4 * GIB, 20 * MIB, GBIT).withDisk(40 * GIB, true);
        assertEquals(memory.cost(shared), new BlockMigrationModel(memory).cost(shared));
    }

    @Test
    void lazyProcessMigrationSendsOnlyDirtyPagesAndLeavesTheRestRemote() {
        MigrationRequest r = MigrationRequest.of(1 * GIB, 0, GBIT).withWritableWorkingSet(64 * MIB);
        ProcessMigrationModel lazy = ProcessMigrationModel.lazy();
        MigrationCost cost = lazy.cost(r);
        assertEquals(64 * MIB + ProcessMigrationModel.DEFAULT_OPEN_STATE_BYTES, cost.bytesSent(), 1e-6);
        assertEquals(cost.totalSeconds(), cost.downtimeSeconds());
        assertEquals(1 - 64.0 / 1024, lazy.remoteFraction(r), 1e-12);
        assertTrue(cost.totalSeconds() < ProcessMigrationModel.eager().cost(r).totalSeconds());
    }

    @ParameterizedTest
    @CsvSource({"0.0, 0.3, 1.0", "1.0, 0.3, 1.3", "0.5, 0.4, 1.2"})
    void remoteMemorySlowsAProcessInProportion(double remote, double penalty, double expected) {
        assertEquals(expected, ProcessMigrationModel.slowdown(remote, penalty), 1e-12);
    }

    @Test
    void rejectsRemoteFractionAboveOne() {
        assertThrows(IllegalArgumentException.class, () -> ProcessMigrationModel.slowdown(1.5, 0.3));
    }

    @Test
    void modelsAreNamedForTheirMethod() {
        assertEquals("stop-and-copy migration", new ColdMigrationModel().name());
        BlockMigrationModel block = new BlockMigrationModel(new PostCopyMigrationModel());
        assertTrue(block.name().startsWith("post-copy"));
        assertSame(BlockMigrationModel.class, block.getClass());
    }
}
