package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.MaxMinFairShare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaxMinFairShareTest {

    @Test
    void givesTheBottleneckedFlowItsShareAndTheRestToTheOthers() {
        // Resource 0 (10) carries flows 0 and 1; resource 1 (4) carries flows 1 and 2.
        double[] rates = new double[3];
        MaxMinFairShare.allocate(new double[] {10, 4}, new int[][] {{0}, {0, 1}, {1}}, 3, rates, 99);
        assertArrayEquals(new double[] {8, 2, 2}, rates, 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"1, 10", "2, 5", "4, 2.5", "10, 1"})
    void splitsOneLinkEquallyAmongItsFlows(int flows, double each) {
        int[][] paths = new int[flows][];
        for (int f = 0; f < flows; f++) {
            paths[f] = new int[] {0};
        }
        double[] rates = new double[flows];
        MaxMinFairShare.allocate(new double[] {10}, paths, flows, rates, 99);
        for (double r : rates) {
            assertEquals(each, r, 1e-12);
        }
    }

    @Test
    void aCappedFlowLeavesItsUnusedShareToTheOthers() {
        double[] rates = new double[2];
        MaxMinFairShare.allocate(new double[] {10}, new int[][] {{0}, {0}}, new double[] {2, Double.POSITIVE_INFINITY},
                2, rates, 99);
        assertArrayEquals(new double[] {2, 8}, rates, 1e-12);
    }

    @Test
    void twoTransfersOnOneLinkEachTakeTwiceAsLong() {
        FlowNetwork net = new FlowNetwork(new double[] {100}, 1e9);
        net.start(new int[] {0}, 1000);
        assertEquals(10, net.nextCompletion(), 1e-12);
        net.start(new int[] {0}, 1000);
        assertEquals(20, net.nextCompletion(), 1e-12);
    }

    @Test
    void aFinishedTransferSpeedsUpTheOneStillRunning() {
        FlowNetwork net = new FlowNetwork(new double[] {100}, 1e9);
        net.start(new int[] {0}, 500);
        int longer = net.start(new int[] {0}, 1500);
        net.advance(10); // 500 each at 50/s: the first is done
        int[] ids = new int[4];
        assertEquals(1, net.drainCompleted(ids, new double[4]));
        assertEquals(100, net.rate(longer), 1e-12);
        assertEquals(20, net.nextCompletion(), 1e-9); // 1000 left at 100/s
    }
}
