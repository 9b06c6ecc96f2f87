package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link MigrationCostModel} promises, run against each one by a subclass named after
 * it ({@code PreCopyMigrationModelContractTest}), as JGraphT's shared abstract test cases do, on
 * seeded random requests: from a small idle VM on 10 Gbit/s to a large busy one on 100 Mbit/s,
 * with and without a local disk to copy.
 */
abstract class MigrationCostModelContract {

    private static final double MIB = 1L << 20;
    private static final double GIB = 1L << 30;

    /** The model under test. */
    protected abstract MigrationCostModel model();

    static Stream<MigrationRequest> requests() {
        return LongStream.rangeClosed(1, 24).mapToObj(MigrationCostModelContract::request);
    }

    static MigrationRequest request(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double memory = (1 << r.nextInt(7)) * 512 * MIB;
        double dirty = r.nextInt(4) == 0 ? 0 : r.nextDouble(1, 400) * MIB;
        double workingSet = r.nextBoolean() ? 0 : memory * r.nextDouble(0.01, 1);
        double bandwidth = new double[] {100e6, 1e9, 10e9}[r.nextInt(3)] / 8;
        boolean shared = r.nextBoolean();
        double disk = shared ? 0 : r.nextInt(3) * 20 * GIB;
        return new MigrationRequest(memory, dirty, workingSet, bandwidth, MigrationRequest.DEFAULT_DOWNTIME_LIMIT,
                MigrationRequest.DEFAULT_MAX_ROUNDS, disk, shared, memory * r.nextDouble(0.2, 1));
    }

    @Test
    void saysWhatMethodItIs() {
        assertFalse(model().name().isBlank());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void givesFiniteCostsWithTheDowntimeWithinTheTotalAndAnExplanation(MigrationRequest request) {
        MigrationCost c = model().cost(request);
        assertTrue(Double.isFinite(c.totalSeconds()) && c.totalSeconds() > 0, c.toString());
        assertTrue(c.downtimeSeconds() >= 0 && c.downtimeSeconds() <= c.totalSeconds(), c.toString());
        assertTrue(Double.isFinite(c.bytesSent()) && c.bytesSent() >= 0, c.toString());
        assertTrue(c.rounds() >= 1, c.toString());
        assertFalse(c.explanation().text().isBlank());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void neverSendsFasterThanTheLine(MigrationRequest request) {
        MigrationCost c = model().cost(request);
        assertTrue(c.totalSeconds() >= c.bytesSent() / request.bandwidth() * (1 - 1e-12), c.toString());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void answersTheSameRequestTheSameWay(MigrationRequest request) {
        assertEquals(model().cost(request), model().cost(request));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void takesNoLongerOnAFasterLine(MigrationRequest request) {
        MigrationCost slow = model().cost(request);
        MigrationCost fast = model().cost(request.withBandwidth(request.bandwidth() * 4));
        assertTrue(fast.totalSeconds() <= slow.totalSeconds() * (1 + 1e-12), slow + " then " + fast);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void takesNoLessForALargerGuest(MigrationRequest request) {
        MigrationRequest larger = new MigrationRequest(request.memory() * 2, request.dirtyRate(),
                request.writableWorkingSet() * 2, request.bandwidth(), request.downtimeLimit(), request.maxRounds(),
                request.disk(), request.sharedStorage(), request.nonZeroMemory() * 2);
        MigrationCost small = model().cost(request);
        MigrationCost big = model().cost(larger);
        assertTrue(big.totalSeconds() >= small.totalSeconds() * (1 - 1e-12), small + " then " + big);
        assertTrue(big.bytesSent() >= small.bytesSent() * (1 - 1e-12), small + " then " + big);
    }
}
