package org.clustercomposer.simulation.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.QemuPreCopyModel;
import org.clustercomposer.analysis.migration.RandomMigrations;
import org.junit.jupiter.api.Test;

/**
 * A stream's stretches (planned, replayed slower, cut) take alike steps at once; a stream whose run computes each step
 * in full takes them one by one with every check between (both without the fast-forward, which rounds otherwise:
 * {@code FastForwardTest}). On seeded settings, shares, slowdowns, cuts and write rates
 * the two agree bit for bit after every stretch: the plans, what QEMU's loop decides, the bytes, the syncs, the end.
 */
class PreCopyStreamTest {

    private static final int SETTINGS = 200;
    private static final int MOST_STRETCHES = 400;

    @Test
    void stretchesTakenAtOnceAsStepByStep() {
        int replayedSlower = 0;
        int cuts = 0;
        int ended = 0;
        for (int seed = 1; seed <= SETTINGS; seed++) {
            Random random = new Random(seed);
            MigrationRequest request = RandomMigrations.request(random);
            QemuPreCopyModel model = QemuPreCopyModel.of(RandomMigrations.settings(random));
            PreCopyStream stream = new PreCopyStream(model, request, model.start(request).steppingEachAlikeStep());
            PreCopyStream plain = new PreCopyStream(model, request, model.start(request).computingEachStep());
            double engine = 0;
            double dirtyRate = request.dirtyRate();
            for (int stretch = 0; stretch < MOST_STRETCHES; stretch++) {
                String where = "seed " + seed + ", stretch " + stretch;
                if (random.nextInt(8) == 0) {
                    dirtyRate = request.dirtyRate() * 2 * random.nextDouble();
                }
                PreCopyStream.Next next = stream.next(dirtyRate);
                assertEquals(plain.next(dirtyRate), next, where);
                if (next != PreCopyStream.Next.SEND) {
                    assertEquals(plain.ending(next), stream.ending(next), where);
                    ended++;
                    break;
                }
                double share = random.nextInt(3) == 0 ? stream.streamRate() * (0.2 + 0.8 * random.nextDouble())
                        : stream.streamRate();
                stream.plan(share, engine);
                plain.plan(share, engine);
                assertEquals(plain.plannedBytes(), stream.plannedBytes(), where);
                assertEquals(plain.plannedSeconds(), stream.plannedSeconds(), where);
                assertEquals(plain.isLong(), stream.isLong(), where);
                if (stream.isLong() && random.nextInt(3) == 0) { // its share changes part of the way
                    double at = engine + random.nextDouble() * stream.plannedSeconds();
                    stream.cut(at);
                    plain.cut(at);
                    engine = at;
                    cuts++;
                } else {
                    boolean slower = random.nextInt(3) == 0;
                    double seconds = stream.plannedSeconds() * (slower ? 1 + 2 * random.nextDouble() : 1);
                    assertEquals(plain.replay(seconds), stream.replay(seconds), where);
                    engine += seconds;
                    replayedSlower += slower ? 1 : 0;
                }
                assertEquals(plain.sent(), stream.sent(), where);
                assertEquals(plain.syncs(), stream.syncs(), where);
                assertEquals(plain.owed(engine), stream.owed(engine), where);
            }
        }
        // The seeds reach what they are meant to cover.
        assertTrue(replayedSlower > 500, "replayed slower: " + replayedSlower);
        assertTrue(cuts > 300, "cuts: " + cuts);
        assertTrue(ended > 150, "ended: " + ended);
    }
}
