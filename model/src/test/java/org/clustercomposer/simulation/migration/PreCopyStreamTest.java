package org.clustercomposer.simulation.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.QemuPreCopyModel;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.junit.jupiter.api.Test;

/**
 * A stream's stretches (planned, replayed slower, cut) take alike steps at once; a stream whose run computes each step
 * in full takes them one by one with every check between. On seeded settings, shares, slowdowns, cuts and write rates
 * the two agree bit for bit after every stretch: the plans, what QEMU's loop decides, the bytes, the syncs, the end.
 */
class PreCopyStreamTest {

    private static final double MIB = 1 << 20;
    private static final double GIB = 1 << 30;
    private static final int SETTINGS = 200;
    private static final int MOST_STRETCHES = 400;

    @Test
    void stretchesTakenAtOnceAsStepByStep() {
        int replayedSlower = 0;
        int cuts = 0;
        int ended = 0;
        for (int seed = 1; seed <= SETTINGS; seed++) {
            Random random = new Random(seed);
            MigrationRequest request = request(random);
            QemuPreCopyModel model = QemuPreCopyModel.of(settings(random));
            PreCopyStream stream = new PreCopyStream(model, request);
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

    private static MigrationRequest request(Random random) {
        double memory = (1 + random.nextInt(8)) * GIB / (random.nextBoolean() ? 1 : 4);
        double nonZero = memory * (random.nextInt(5) == 0 ? 1 : 0.1 + 0.9 * random.nextDouble());
        double dirtyRate = random.nextInt(5) == 0 ? 0 : 400 * MIB * random.nextDouble();
        double workingSet = random.nextInt(5) == 0 ? 0 : nonZero * random.nextDouble();
        double bandwidth = random.nextBoolean() ? 1.25e8 : 1.25e9;
        return new MigrationRequest(memory, dirtyRate, workingSet, bandwidth, 0.3, 30, 0, true, nonZero);
    }

    private static HypervisorMigrationSettings settings(Random random) {
        Double cap = switch (random.nextInt(4)) {
            case 0 -> null; // QEMU's 128 MiB/s
            case 1 -> 32 * MIB;
            case 2 -> 1e12; // lifted, as libvirt does
            default -> (64 + 512 * random.nextDouble()) * MIB;
        };
        Double downtime = random.nextBoolean() ? null : 0.01 + random.nextDouble();
        Integer multifd = random.nextInt(3) == 0 ? 1 + random.nextInt(8) : null;
        Double xbzrleCache = random.nextInt(3) == 0 ? (16 + random.nextInt(512)) * MIB : null;
        Integer postcopyAfter = random.nextInt(4) == 0 ? 1 + random.nextInt(6) : null;
        return new HypervisorMigrationSettings(cap, downtime, multifd, random.nextBoolean(), xbzrleCache, null, null,
                postcopyAfter);
    }
}
