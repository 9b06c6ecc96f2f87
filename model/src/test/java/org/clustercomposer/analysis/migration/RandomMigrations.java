package org.clustercomposer.analysis.migration;

import java.util.Random;

import org.clustercomposer.topology.HypervisorMigrationSettings;

/** Seeded random migrations and hypervisor settings, for the tests that compare ways of stepping pre-copy. */
public final class RandomMigrations {

    private static final double MIB = 1 << 20;
    private static final double GIB = 1 << 30;

    private RandomMigrations() {
    }

    /** A guest of 256 MiB to 8 GiB, often dirtying, on a 1 or 10 Gbit/s path. */
    public static MigrationRequest request(Random random) {
        double memory = (1 + random.nextInt(8)) * GIB / (random.nextBoolean() ? 1 : 4);
        double nonZero = memory * (random.nextInt(5) == 0 ? 1 : 0.1 + 0.9 * random.nextDouble());
        double dirtyRate = random.nextInt(5) == 0 ? 0 : 400 * MIB * random.nextDouble();
        double workingSet = random.nextInt(5) == 0 ? 0 : nonZero * random.nextDouble();
        double bandwidth = random.nextBoolean() ? 1.25e8 : 1.25e9;
        return new MigrationRequest(memory, dirtyRate, workingSet, bandwidth, 0.3, 30, 0, true, nonZero);
    }

    /** Caps (default, low, lifted, random), downtime limits, multifd, auto-converge, XBZRLE and post-copy, at random. */
    public static HypervisorMigrationSettings settings(Random random) {
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
