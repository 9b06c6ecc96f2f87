package org.clustercomposer.simulation.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.clustercomposer.simulation.cluster.IntList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flow network solves only what a change touched, lazily, and lets a flow restarted on the
 * same path with the same cap keep its predecessor's rate. On seeded random networks and random
 * sequences of starts, cancellations, completions with restarts, background and link changes, the
 * rates it gives must equal a max-min solve of every flow from scratch after every step; the next
 * completion must be the earliest of the flows in flight as the test integrates them, and a flow
 * that ended or was cancelled must be forgotten by its id (the scans and the by-id lookup visit the
 * flows in flight only).
 */
class FlowNetworkIncrementalTest {

    private static final double RELATIVE = 1e-9;

    /** A flow as the test sees it: what a from-scratch solve needs. */
    private record Flow(int[] path, double cap) {
    }

    /** Bytes each flow in flight has left, integrated by the test from the rates it read. */
    private final Map<Integer, Double> left = new LinkedHashMap<>();
    /** Flow-resource crossings seen in the comparisons on resources with slack (under 99 % full) and full ones. */
    private int crossingsWithSlack;
    private int crossingsSaturated;
    /** Rates and loads read after the previous step, at {@link FlowNetwork#solveMark}; and how often "unchanged" was told. */
    private final Map<Integer, Double> ratesAtMark = new LinkedHashMap<>();
    private double[] loadsAtMark;
    private long mark;
    private int toldUnchanged;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void ratesEqualAFullSolveAfterEveryChange(long seed) {
        // A few distinct values, so equal shares (ties) are common, as in real fabrics.
        int checks = playRandomChanges(new SplittableRandom(seed), new double[] {10, 25, 40, 100}, 400, "seed " + seed);
        assertTrue(checks > 1000, "too few rates compared: " + checks);
    }

    /**
     * The walk crosses only saturated resources: on thousands of small networks where some resources are far
     * larger than the flows they carry (slack) and others are full, flows come and go, change caps, and resources
     * change what background traffic leaves or go down, and every rate must still equal a full solve.
     */
    @Test
    void resourcesWithSlackLeaveTheSameRatesAsAFullSolve() {
        int checks = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            left.clear();
            SplittableRandom random = new SplittableRandom(seed);
            checks += playRandomChanges(random, new double[] {5, 10, 25, 100, 1000}, 60, "slack seed " + seed);
        }
        assertTrue(checks > 100_000, "too few rates compared: " + checks);
        // Both kinds must be common, or the walk's rule is not exercised.
        assertTrue(crossingsWithSlack > checks / 4, "flows crossing a resource with slack: " + crossingsWithSlack);
        assertTrue(crossingsSaturated > checks / 4, "flows crossing a saturated resource: " + crossingsSaturated);
        // Most flows keep their rate from one step to the next; the marks must say so, or nobody gains by asking.
        assertTrue(toldUnchanged > checks / 4, "flows told unchanged: " + toldUnchanged);
    }

    /** Random changes, one instant after another, each followed by a comparison with a full solve. */
    private int playRandomChanges(SplittableRandom random, double[] capacityChoices, int steps, String run) {
        int resources = 3 + random.nextInt(20);
        double[] capacity = new double[resources];
        for (int r = 0; r < resources; r++) {
            capacity[r] = capacityChoices[random.nextInt(capacityChoices.length)] * (1 + random.nextInt(3));
        }
        FlowNetwork network = new FlowNetwork(capacity, 1e6);
        Map<Integer, Flow> live = new LinkedHashMap<>();
        double[] background = new double[resources];
        double now = 0;
        int checks = 0;
        ratesAtMark.clear();
        loadsAtMark = null;
        mark = -1;
        for (int step = 0; step < steps; step++) {
            // One step is one instant: one or more changes, then the rates are read.
            int changes = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 1;
            for (int c = 0; c < changes; c++) {
                int what = random.nextInt(11);
                if (what < 3 || live.isEmpty()) {
                    int[] path = randomPath(random, resources);
                    double cap = randomCap(random);
                    int bytes = 50 + random.nextInt(500);
                    int id = network.start(path, bytes, cap);
                    live.put(id, new Flow(path, cap));
                    left.put(id, (double) bytes);
                } else if (what < 4) {
                    int id = pick(random, live);
                    network.cancel(id);
                    live.remove(id);
                    left.remove(id);
                    assertForgotten(network, id, run + " step " + step);
                } else if (what < 5) {
                    int r = random.nextInt(resources);
                    background[r] = random.nextBoolean() ? 0 : capacity[r] * random.nextDouble() * 1.2;
                    network.setBackground(background);
                } else if (what < 6) {
                    int r = random.nextInt(resources);
                    network.setUp(r, !network.isUp(r));
                } else if (what < 7) {
                    // A sender that learned its share: a new size and (often) a new cap.
                    int id = pick(random, live);
                    double cap = randomCap(random);
                    int bytes = 10 + random.nextInt(300);
                    network.resize(id, bytes, cap);
                    live.put(id, new Flow(live.get(id).path(), cap));
                    left.put(id, (double) bytes);
                } else {
                    now = finishNext(network, live, random, now);
                }
            }
            assertRatesEqualFullSolve(network, live, background, run + " step " + step);
            assertChangesSinceMarkAreTold(network, live, run + " step " + step);
            checks += live.size();
        }
        return checks;
    }

    /**
     * Every flow whose rate is not the one read at the previous step's mark (or that is newer), and every resource
     * whose load moved, must be told changed since that mark, once, and no flow that has ended; asking again at the
     * same mark tells the same; then the mark moves on.
     */
    private void assertChangesSinceMarkAreTold(FlowNetwork network, Map<Integer, Flow> live, String where) {
        IntList flows = new IntList();
        IntList resources = new IntList();
        network.changesSince(mark, flows, resources);
        Set<Integer> toldFlows = toSet(flows, where + ": flows told twice");
        Set<Integer> toldResources = toSet(resources, where + ": resources told twice");
        for (int id : live.keySet()) {
            Double before = ratesAtMark.get(id);
            boolean told = toldFlows.contains(id);
            if (before == null || before != network.rate(id)) {
                assertTrue(told, where + ": flow " + id + " went from " + before + " to " + network.rate(id));
            } else if (!told) {
                toldUnchanged++;
            }
        }
        assertTrue(live.keySet().containsAll(toldFlows), where + ": told flows not in flight " + toldFlows);
        for (int r = 0; loadsAtMark != null && r < loadsAtMark.length; r++) {
            if (loadsAtMark[r] != network.load(r)) {
                assertTrue(toldResources.contains(r),
                        where + ": load of " + r + " went from " + loadsAtMark[r] + " to " + network.load(r));
            }
        }
        IntList flowsAgain = new IntList();
        IntList resourcesAgain = new IntList();
        network.changesSince(mark, flowsAgain, resourcesAgain);
        assertEquals(toldFlows, toSet(flowsAgain, where), where + ": flows told again at the same mark");
        assertEquals(toldResources, toSet(resourcesAgain, where), where + ": resources told again at the same mark");
        mark = network.solveMark();
        ratesAtMark.clear();
        for (int id : live.keySet()) {
            ratesAtMark.put(id, network.rate(id));
        }
        loadsAtMark = new double[network.resourceCount()];
        for (int r = 0; r < loadsAtMark.length; r++) {
            loadsAtMark[r] = network.load(r);
        }
    }

    /** Moves time to the next completion and restarts most finished flows as the next round would. */
    private double finishNext(FlowNetwork network, Map<Integer, Flow> live, SplittableRandom random, double now) {
        double next = network.nextCompletion();
        // The earliest finish of the flows in flight at the rates they have now.
        double earliest = Double.POSITIVE_INFINITY;
        int first = -1;
        for (int id : live.keySet()) {
            double rate = network.rate(id);
            if (rate > 0 && now + left.get(id) / rate < earliest) {
                earliest = now + left.get(id) / rate;
                first = id;
            }
        }
        assertEquals(earliest, next, 1e-9 * Math.max(1, Math.abs(earliest)), "next completion");
        if (!Double.isFinite(next)) {
            return now;
        }
        for (int id : live.keySet()) {
            left.put(id, Math.max(0, left.get(id) - network.rate(id) * (next - now)));
        }
        network.advance(next);
        int[] ids = new int[live.size() + 1];
        int n = network.drainCompleted(ids, new double[ids.length]);
        List<Integer> drained = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drained.add(ids[i]);
        }
        assertTrue(drained.contains(first), "flow " + first + " finishes first but is not among " + drained);
        for (int id : drained) {
            assertTrue(live.containsKey(id), "drained flow " + id + " is not in flight");
            assertForgotten(network, id, "drained");
        }
        for (int id : drained) {
            Flow done = live.remove(id);
            left.remove(id);
            int roll = random.nextInt(4);
            if (roll < 2) {
                // The next pre-copy round: the same path (a copy of it, too) and the same cap.
                int[] path = roll == 0 ? done.path() : done.path().clone();
                int bytes = 10 + random.nextInt(100);
                int restarted = network.start(path, bytes, done.cap());
                live.put(restarted, done);
                left.put(restarted, (double) bytes);
            } else if (roll == 2) {
                // Same path, another cap: must not take the old rate.
                double cap = done.cap() == 5 ? 7 : 5;
                int bytes = 10 + random.nextInt(100);
                int restarted = network.start(done.path(), bytes, cap);
                live.put(restarted, new Flow(done.path(), cap));
                left.put(restarted, (double) bytes);
            }
        }
        return next;
    }

    private static Set<Integer> toSet(IntList values, String twice) {
        Set<Integer> set = new HashSet<>();
        for (int k = 0; k < values.size(); k++) {
            assertTrue(set.add(values.get(k)), twice + ": " + values.get(k));
        }
        return set;
    }

    /** A flow no longer in flight has no rate, and cancelling it again sends nothing. */
    private static void assertForgotten(FlowNetwork network, int id, String where) {
        assertEquals(0, network.rate(id), where + ": rate of ended flow " + id);
        assertEquals(0, network.cancel(id), where + ": cancel of ended flow " + id);
    }

    private void assertRatesEqualFullSolve(FlowNetwork network, Map<Integer, Flow> live, double[] background,
                                           String where) {
        int resources = network.resourceCount();
        double[] free = new double[resources];
        double largest = 0;
        for (int r = 0; r < resources; r++) {
            free[r] = network.available(r);
            largest = Math.max(largest, network.capacity(r));
        }
        List<Integer> ids = new ArrayList<>(live.keySet());
        int[][] paths = new int[ids.size()][];
        double[] caps = new double[ids.size()];
        for (int f = 0; f < ids.size(); f++) {
            paths[f] = live.get(ids.get(f)).path();
            caps[f] = live.get(ids.get(f)).cap();
        }
        double[] expected = new double[ids.size()];
        MaxMinFairShare.allocate(free, paths, caps, ids.size(), expected, 1e6);
        assertEquals(ids.size(), network.activeFlows(), where);
        double[] load = new double[resources];
        for (int f = 0; f < ids.size(); f++) {
            double actual = network.rate(ids.get(f));
            // Relative, with a floor for rates that cancel to (nearly) nothing on a full resource.
            double tolerance = RELATIVE * Math.max(Math.abs(expected[f]), largest * 1e-3);
            assertEquals(expected[f], actual, tolerance, where + " flow " + ids.get(f));
            for (int r : paths[f]) {
                load[r] += expected[f];
            }
        }
        for (int f = 0; f < ids.size(); f++) {
            for (int r : paths[f]) {
                if (load[r] < free[r] * 0.99) {
                    crossingsWithSlack++;
                } else {
                    crossingsSaturated++;
                }
            }
        }
        for (int r = 0; r < resources; r++) {
            double expectedLoad = load[r] + background[r];
            assertEquals(expectedLoad, network.load(r), RELATIVE * Math.max(expectedLoad, largest * 1e-3),
                    where + " load of resource " + r);
        }
    }

    private static int[] randomPath(SplittableRandom random, int resources) {
        if (random.nextInt(20) == 0) {
            return new int[0]; // a copy inside one machine
        }
        int length = 1 + random.nextInt(Math.min(4, resources));
        // Distinct resources, in random order: a path crosses each resource once.
        return random.ints(0, resources).distinct().limit(length).toArray();
    }

    private static double randomCap(SplittableRandom random) {
        int roll = random.nextInt(4);
        return roll == 0 ? Double.POSITIVE_INFINITY : roll == 1 ? 5 : roll == 2 ? 7 : 20;
    }

    private static int pick(SplittableRandom random, Map<Integer, Flow> live) {
        int k = random.nextInt(live.size());
        return live.keySet().stream().skip(k).findFirst().orElseThrow();
    }
}
