package org.clustercomposer.simulation.migration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.QemuPreCopyModel;
import org.clustercomposer.analysis.migration.QemuPreCopyRun;
import org.clustercomposer.analysis.migration.RandomMigrations;
import org.junit.jupiter.api.Test;

/**
 * The fast-forward over alike steps ({@code QemuPreCopyRun.stepAlike}) computes the state those steps reach in closed
 * form, so it rounds where stepping each adds: on seeded settings it must agree with stepping each alike step within
 * a rounding's reach, except where the two roundings fall on either side of one of QEMU's checks (a bitmap exactly at
 * the threshold after a whole number of steps: one takes a step more), which must stay rare.
 */
class FastForwardTest {

    private static final double CLOSE = 1e-9;

    @Test
    void aRunFastForwardedStaysWithinRoundingOfOneSteppingEachAlikeStep() {
        int seeds = 300;
        int apart = 0;
        long calls = 0;
        List<String> seen = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            Random random = new Random(seed);
            MigrationRequest request = RandomMigrations.request(random);
            QemuPreCopyModel model = QemuPreCopyModel.of(RandomMigrations.settings(random));
            QemuPreCopyRun fast = model.start(request);
            QemuPreCopyRun each = fast.steppingEachAlikeStep();
            double ceiling = model.streamCeiling(request);
            double cap = model.settings().maxBandwidthOrDefault();
            double stepCap = cap;
            double elapsed = QemuPreCopyModel.STEP_SECONDS;
            for (int call = 0; call < 5000 && !fast.gaveUp(); call++, calls++) {
                if (call % 50 == 0) { // another share, maybe replayed slower, maybe another write rate
                    stepCap = random.nextInt(3) == 0 ? Math.min(cap, ceiling) * (0.2 + 0.8 * random.nextDouble()) : cap;
                    elapsed = QemuPreCopyModel.STEP_SECONDS * (random.nextInt(3) == 0 ? 1 + 2 * random.nextDouble() : 1);
                    if (random.nextInt(4) == 0) {
                        double dirtyRate = request.dirtyRate() * 2 * random.nextDouble();
                        fast.setDirtyRate(dirtyRate);
                        each.setDirtyRate(dirtyRate);
                    }
                }
                if (fast.dueForSync() != each.dueForSync()) {
                    apart++;
                    seen.add("seed " + seed + " due for a sync at " + fast.elapsed() + " s: " + fast.dueForSync());
                    break;
                }
                if (fast.dueForSync()) {
                    QemuPreCopyRun.Sync decided = fast.sync();
                    if (decided != each.sync()) {
                        apart++;
                        seen.add("seed " + seed + " sync at " + fast.elapsed() + " s: " + decided);
                        break;
                    }
                    if (decided != QemuPreCopyRun.Sync.CONTINUE) {
                        break;
                    }
                }
                double stopAt = fast.elapsed() + 2 * random.nextDouble();
                double sentBytes = random.nextBoolean() ? Double.POSITIVE_INFINITY
                        : random.nextDouble() * 2 * Math.min(stepCap, ceiling);
                step(fast, ceiling, stepCap, elapsed, stopAt, sentBytes);
                step(each, ceiling, stepCap, elapsed, stopAt, sentBytes);
                double memory = request.memory(); // bytes are close against the guest's memory, time against the clock
                if (!close(fast.elapsed(), each.elapsed(), each.elapsed()) || !close(fast.sent(), each.sent(), memory)
                        || !close(fast.leftNonZero() + fast.leftZero(), each.leftNonZero() + each.leftZero(), memory)
                        || !close(fast.unsynced(), each.unsynced(), memory) || fast.syncs() != each.syncs()) {
                    apart++;
                    seen.add(String.format("seed %d at %.17g s against %.17g s, sent %.17g against %.17g, left %.17g"
                            + " against %.17g, log %.17g against %.17g", seed, fast.elapsed(), each.elapsed(),
                            fast.sent(), each.sent(), fast.leftNonZero() + fast.leftZero(),
                            each.leftNonZero() + each.leftZero(), fast.unsynced(), each.unsynced()));
                    break;
                }
            }
        }
        assertTrue(calls > 100_000, "calls: " + calls);
        assertTrue(apart <= seeds / 50, apart + " of " + seeds + " runs apart: " + seen);
    }

    @Test
    void aStreamFastForwardedPlansReplaysAndCutsAsOneSteppingEachAlikeStep() {
        int seeds = 600;
        int apart = 0;
        int cuts = 0;
        int replayedSlower = 0;
        List<String> seen = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            Random random = new Random(seed);
            MigrationRequest request = RandomMigrations.request(random);
            QemuPreCopyModel model = QemuPreCopyModel.of(RandomMigrations.settings(random));
            PreCopyStream fast = new PreCopyStream(model, request);
            PreCopyStream each = new PreCopyStream(model, request, model.start(request).steppingEachAlikeStep());
            double memory = request.memory();
            double engine = 0;
            double dirtyRate = request.dirtyRate();
            String differs = null;
            for (int stretch = 0; stretch < 400 && differs == null; stretch++) {
                if (random.nextInt(8) == 0) {
                    dirtyRate = request.dirtyRate() * 2 * random.nextDouble();
                }
                PreCopyStream.Next next = fast.next(dirtyRate);
                if (next != each.next(dirtyRate)) {
                    differs = "next " + next;
                    break;
                }
                if (next != PreCopyStream.Next.SEND) {
                    break;
                }
                double share = random.nextInt(3) == 0 ? fast.streamRate() * (0.2 + 0.8 * random.nextDouble())
                        : fast.streamRate();
                fast.plan(share, engine);
                each.plan(share, engine);
                if (!close(fast.plannedBytes(), each.plannedBytes(), memory)
                        || !close(fast.plannedSeconds(), each.plannedSeconds(), engine)) {
                    differs = "plan " + fast.plannedBytes() + " B in " + fast.plannedSeconds() + " s against "
                            + each.plannedBytes() + " B in " + each.plannedSeconds() + " s";
                } else if (fast.isLong() && random.nextInt(3) == 0) { // its share changes part of the way
                    double at = engine + random.nextDouble() * fast.plannedSeconds();
                    fast.cut(at);
                    each.cut(at);
                    engine = at;
                    cuts++;
                } else {
                    boolean slower = random.nextInt(3) == 0;
                    double seconds = fast.plannedSeconds() * (slower ? 1 + 2 * random.nextDouble() : 1);
                    PreCopyStream.Next replayed = fast.replay(seconds);
                    if (replayed != each.replay(seconds)) {
                        differs = "replay " + replayed;
                    }
                    engine += seconds;
                    replayedSlower += slower ? 1 : 0;
                }
                if (differs == null && (!close(fast.sent(), each.sent(), memory) || fast.syncs() != each.syncs())) {
                    differs = "sent " + fast.sent() + " B, " + fast.syncs() + " syncs against " + each.sent() + " B, "
                            + each.syncs();
                }
                if (differs != null) {
                    seen.add("seed " + seed + ", stretch " + stretch + ": " + differs);
                }
            }
            apart += differs != null ? 1 : 0;
        }
        assertTrue(cuts > 1000, "cuts: " + cuts);
        assertTrue(replayedSlower > 1500, "replayed slower: " + replayedSlower);
        assertTrue(apart <= seeds / 50, apart + " of " + seeds + " streams apart: " + seen);
    }

    private static void step(QemuPreCopyRun run, double ceiling, double cap, double elapsed, double stopAt,
                             double sentBytes) {
        if (run.stepAlike(ceiling, cap, elapsed, stopAt, run.sent(), sentBytes) < 0) {
            run.step(ceiling, cap, elapsed);
        }
    }

    private static boolean close(double a, double b, double scale) {
        return Math.abs(a - b) <= CLOSE * Math.max(1, scale);
    }
}
