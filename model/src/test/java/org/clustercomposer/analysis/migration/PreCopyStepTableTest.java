package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The table of alike steps ({@link PreCopyStepTable}) changes how fast a run steps, never what it computes (the
 * fast-forward over those no check acts on, which rounds otherwise, is {@code FastForwardTest}'s): on seeded
 * settings, QEMU's loop stepped with it (one step, or alike steps at once) and stepped computing each step in full
 * agree bit for bit after every step,
 * through caps that change (a share below the cap), lengthened steps (a replay), write rates that change, auto-converge,
 * XBZRLE, post-copy and downtime limits.
 */
class PreCopyStepTableTest {

    private static final int SETTINGS = 300;
    private static final int MOST_STEPS = 40_000;

    @Test
    void stepsWithTheTableAsEachStepComputedInFull() {
        Map<QemuPreCopyRun.Sync, Integer> endings = new EnumMap<>(QemuPreCopyRun.Sync.class);
        int throttled = 0;
        int xbzrle = 0;
        long steps = 0;
        int alikeStops = 0; // alike steps that ended at one of stepAlike's checks (not at a step the table lacks)
        for (int seed = 1; seed <= SETTINGS; seed++) {
            Random random = new Random(seed);
            MigrationRequest request = RandomMigrations.request(random);
            QemuPreCopyModel model = QemuPreCopyModel.of(RandomMigrations.settings(random));
            QemuPreCopyRun run = model.start(request).steppingEachAlikeStep();
            QemuPreCopyRun plain = run.computingEachStep();
            double ceiling = model.streamCeiling(request);
            double cap = model.settings().maxBandwidthOrDefault();
            double stepCap = cap;
            double elapsed = QemuPreCopyModel.STEP_SECONDS;
            double dirtyRate = request.dirtyRate();
            for (int step = 0; step < MOST_STEPS && !run.gaveUp(); step++, steps++) {
                if (step % 400 == 0) { // a new stretch: another share, maybe replayed slower, maybe another write rate
                    stepCap = random.nextInt(3) == 0 ? Math.min(cap, ceiling) * (0.2 + 0.8 * random.nextDouble()) : cap;
                    elapsed = random.nextInt(3) == 0 ? QemuPreCopyModel.STEP_SECONDS * (1 + 2 * random.nextDouble())
                            : QemuPreCopyModel.STEP_SECONDS;
                    if (random.nextInt(4) == 0) {
                        dirtyRate = request.dirtyRate() * 2 * random.nextDouble();
                        run.setDirtyRate(dirtyRate);
                        plain.setDirtyRate(dirtyRate);
                    }
                }
                String where = "seed " + seed + ", step " + step;
                if (run.dueForSync()) {
                    QemuPreCopyRun.Sync decided = run.sync();
                    assertEquals(plain.sync(), decided, where);
                    if (decided != QemuPreCopyRun.Sync.CONTINUE) {
                        endings.merge(decided, 1, Integer::sum);
                        break;
                    }
                }
                if (random.nextBoolean()) {
                    assertEquals(plain.step(ceiling, stepCap, elapsed), run.step(ceiling, stepCap, elapsed), where);
                } else { // alike steps at once: the plain steps up to the first a check acts on reach its clock
                    double stopAt = run.elapsed() + random.nextDouble();
                    double sentSince = run.sent();
                    // a replay's bound: so many bytes (up to about a second's) since the stretch began
                    double sentBytes = random.nextBoolean() ? Double.POSITIVE_INFINITY
                            : random.nextDouble() * Math.min(stepCap, ceiling);
                    double bytes = run.stepAlike(ceiling, stepCap, elapsed, stopAt, sentSince, sentBytes);
                    bytes = bytes < 0 ? run.step(ceiling, stepCap, elapsed) : bytes;
                    double plainBytes;
                    boolean checked;
                    do {
                        plainBytes = plain.step(ceiling, stepCap, elapsed);
                        steps++;
                        checked = !(plainBytes > 0) || plain.gaveUp() || plain.elapsed() >= stopAt
                                || plain.dueForSync() || plain.sent() - sentSince >= sentBytes;
                    } while (!checked && plain.elapsed() < run.elapsed());
                    assertEquals(plain.elapsed(), run.elapsed(), where);
                    assertEquals(plainBytes, bytes, where);
                    alikeStops += checked ? 1 : 0;
                }
                assertSame(plain, run, where);
            }
            throttled += run.throttle() > 0 ? 1 : 0;
            xbzrle += run.xbzrleHit() > 0 ? 1 : 0;
        }
        // The settings reach what they are meant to cover.
        assertTrue(endings.getOrDefault(QemuPreCopyRun.Sync.STOP, 0) > 20, endings::toString);
        assertTrue(endings.getOrDefault(QemuPreCopyRun.Sync.POSTCOPY, 0) > 5, endings::toString);
        assertTrue(throttled > 5, "throttled: " + throttled);
        assertTrue(xbzrle > 5, "xbzrle: " + xbzrle);
        assertTrue(steps > 1_000_000, "steps: " + steps);
        assertTrue(alikeStops > 1000, "alike stops: " + alikeStops);
    }

    private static void assertSame(QemuPreCopyRun expected, QemuPreCopyRun actual, String where) {
        assertEquals(expected.sent(), actual.sent(), where);
        assertEquals(expected.elapsed(), actual.elapsed(), where);
        assertEquals(expected.leftNonZero(), actual.leftNonZero(), where);
        assertEquals(expected.leftZero(), actual.leftZero(), where);
        assertEquals(expected.unsynced(), actual.unsynced(), where);
        assertEquals(expected.threshold(), actual.threshold(), where);
        assertEquals(expected.stopCopyBytes(), actual.stopCopyBytes(), where);
        assertEquals(expected.syncs(), actual.syncs(), where);
        assertEquals(expected.throttle(), actual.throttle(), where);
        assertEquals(expected.resendingHotSet(), actual.resendingHotSet(), where);
    }
}
