package org.clustercomposer.analysis.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * What the hypervisor is told before a live migration: QEMU's migration parameters and capabilities. A field left
 * unset (null) takes QEMU's default, and {@link #defaultsUsed()} says which ones did, so the explanation can.
 *
 * @param maxBandwidth        QEMU max-bandwidth, bytes/s; infinity = uncapped (max-bandwidth 0, or libvirt, which
 *                            lifts the cap); null = QEMU's default {@link TransferSettings#QEMU_MAX_BANDWIDTH}
 * @param downtimeLimit       QEMU downtime-limit, seconds; null = 300 ms
 * @param multifdChannels     0 = multifd off, else its channels; null = off
 * @param autoConverge        QEMU auto-converge; null = off
 * @param xbzrleCache         bytes of XBZRLE cache, 0 = XBZRLE off; null = off
 * @param deviceState         bytes of device state sent while paused (a VFIO device's state can be gigabytes);
 *                            null = none beyond vCPU state
 * @param transport           how the stream goes; null = tcp
 * @param postcopyAfterPasses 0 = no post-copy; else switch to post-copy after this many dirty-bitmap syncs
 */
public record HypervisorMigrationSettings(Double maxBandwidth, Double downtimeLimit, Integer multifdChannels,
                                          Boolean autoConverge, Double xbzrleCache, Double deviceState,
                                          Transport transport, Integer postcopyAfterPasses) {

    /** How the migration stream travels; each has its own ceiling and per-page cost in a {@link TransportProfile}. */
    public enum Transport { tcp, tls, ssh, rdma }

    /** QEMU's cpu-throttle-initial, cpu-throttle-increment and max-cpu-throttle (migration/options.c, 7.2). */
    public static final int THROTTLE_INITIAL_PCT = 20;
    public static final int THROTTLE_INCREMENT_PCT = 10;
    public static final int THROTTLE_MAX_PCT = 99;

    public HypervisorMigrationSettings {
        if (maxBandwidth != null && !(maxBandwidth > 0)) {
            throw new IllegalArgumentException("max bandwidth must be positive, got " + maxBandwidth);
        }
        if (downtimeLimit != null && !(downtimeLimit >= 0 && Double.isFinite(downtimeLimit))) {
            throw new IllegalArgumentException("downtime limit must be zero or more, got " + downtimeLimit);
        }
        if (multifdChannels != null && (multifdChannels < 0 || multifdChannels > 255)) {
            throw new IllegalArgumentException("multifd channels must be 0 (off) to 255, got " + multifdChannels);
        }
        if (xbzrleCache != null && !(xbzrleCache >= 0 && Double.isFinite(xbzrleCache))) {
            throw new IllegalArgumentException("xbzrle cache must be zero or more, got " + xbzrleCache);
        }
        if (deviceState != null && !(deviceState >= 0 && Double.isFinite(deviceState))) {
            throw new IllegalArgumentException("device state must be zero or more, got " + deviceState);
        }
        if (postcopyAfterPasses != null && postcopyAfterPasses < 0) {
            throw new IllegalArgumentException("post-copy after passes must be zero or more, got " + postcopyAfterPasses);
        }
    }

    /** Nothing set: QEMU's defaults throughout. */
    public static HypervisorMigrationSettings qemuDefaults() {
        return new HypervisorMigrationSettings(null, null, null, null, null, null, null, null);
    }

    public double maxBandwidthOrDefault() {
        return maxBandwidth == null ? TransferSettings.QEMU_MAX_BANDWIDTH : maxBandwidth;
    }

    public double downtimeLimitOrDefault() {
        return downtimeLimit == null ? MigrationRequest.DEFAULT_DOWNTIME_LIMIT : downtimeLimit;
    }

    public int multifdOrDefault() {
        return multifdChannels == null ? 0 : multifdChannels;
    }

    public boolean autoConvergeOrDefault() {
        return autoConverge != null && autoConverge;
    }

    public double xbzrleCacheOrDefault() {
        return xbzrleCache == null ? 0 : xbzrleCache;
    }

    public double deviceStateOrDefault() {
        return deviceState == null ? 0 : deviceState;
    }

    public Transport transportOrDefault() {
        return transport == null ? Transport.tcp : transport;
    }

    public int postcopyAfterOrDefault() {
        return postcopyAfterPasses == null ? 0 : postcopyAfterPasses;
    }

    /** The settings left unset, with the QEMU default each took, as the explanation lists them. */
    public List<String> defaultsUsed() {
        List<String> used = new ArrayList<>();
        if (maxBandwidth == null) {
            used.add("max-bandwidth 128 MiB/s (QEMU's MAX_THROTTLE)");
        }
        if (downtimeLimit == null) {
            used.add("downtime-limit 300 ms");
        }
        if (multifdChannels == null) {
            used.add("multifd off");
        }
        if (autoConverge == null) {
            used.add("auto-converge off");
        }
        if (xbzrleCache == null) {
            used.add("xbzrle off");
        }
        if (deviceState == null) {
            used.add("no device state beyond the vCPUs'");
        }
        if (transport == null) {
            used.add("transport tcp");
        }
        return used;
    }

    public HypervisorMigrationSettings withMaxBandwidth(Double v) {
        return new HypervisorMigrationSettings(v, downtimeLimit, multifdChannels, autoConverge, xbzrleCache, deviceState,
                transport, postcopyAfterPasses);
    }

    public HypervisorMigrationSettings withDowntimeLimit(Double v) {
        return new HypervisorMigrationSettings(maxBandwidth, v, multifdChannels, autoConverge, xbzrleCache, deviceState,
                transport, postcopyAfterPasses);
    }
}
