package org.clustercomposer.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * What the hypervisor is told before a live migration: QEMU's migration parameters and capabilities, and the
 * calibration profile its moves are priced with. A field left unset (null) takes QEMU's default, and
 * {@link #defaultsUsed()} says which ones did, so the explanation can. Part of the domain (a host's hypervisor holds
 * one, the scenario file has it as {@code hypervisor.migration}); values are checked by {@link #checked()} and by
 * the scenario's validation, not here, so a file with a bad value still opens.
 *
 * @param maxBandwidth        QEMU max-bandwidth, bytes/s; infinity = uncapped (max-bandwidth 0, or libvirt, which
 *                            lifts the cap); null = QEMU's default {@link #QEMU_MAX_BANDWIDTH}
 * @param downtimeLimit       QEMU downtime-limit, seconds; null = 300 ms
 * @param multifdChannels     0 = multifd off, else its channels; null = off
 * @param autoConverge        QEMU auto-converge; null = off
 * @param xbzrleCache         bytes of XBZRLE cache, 0 = XBZRLE off; null = off
 * @param deviceState         bytes of device state sent while paused (a VFIO device's state can be gigabytes);
 *                            null = none beyond vCPU state
 * @param transport           how the stream goes; null = tcp
 * @param postcopyAfterPasses 0 = no post-copy; else switch to post-copy after this many dirty-bitmap syncs
 * @param profile             a calibration profile file ({@code calibrate --out}), relative to the scenario file;
 *                            null = the transport's built-in, uncalibrated profile
 */
public record HypervisorMigrationSettings(Double maxBandwidth, Double downtimeLimit, Integer multifdChannels,
                                          Boolean autoConverge, Double xbzrleCache, Double deviceState,
                                          Transport transport, Integer postcopyAfterPasses, String profile) {

    /** How the migration stream travels; each has its own ceiling and per-page cost in a transport profile. */
    public enum Transport { tcp, tls, ssh, rdma }

    /** QEMU's default max-bandwidth: MAX_THROTTLE = 128 MiB/s (migration/options.c, 7.2). */
    public static final double QEMU_MAX_BANDWIDTH = 128.0 * (1 << 20);
    /** QEMU's default downtime-limit: DEFAULT_MIGRATE_SET_DOWNTIME 300 (ms), migration/options.c. */
    public static final double QEMU_DOWNTIME_LIMIT = 0.300;
    /** QEMU's cpu-throttle-initial, cpu-throttle-increment and max-cpu-throttle (migration/options.c, 7.2). */
    public static final int THROTTLE_INITIAL_PCT = 20;
    public static final int THROTTLE_INCREMENT_PCT = 10;
    public static final int THROTTLE_MAX_PCT = 99;
    /** QEMU's multifd-channels may be 1 to 255. */
    public static final int MAX_MULTIFD_CHANNELS = 255;

    /** The settings without a profile: the 8-field form the command line and the lab's runs use. */
    public HypervisorMigrationSettings(Double maxBandwidth, Double downtimeLimit, Integer multifdChannels,
                                       Boolean autoConverge, Double xbzrleCache, Double deviceState,
                                       Transport transport, Integer postcopyAfterPasses) {
        this(maxBandwidth, downtimeLimit, multifdChannels, autoConverge, xbzrleCache, deviceState, transport,
                postcopyAfterPasses, null);
    }

    /** Nothing set: QEMU's defaults throughout. */
    public static HypervisorMigrationSettings qemuDefaults() {
        return new HypervisorMigrationSettings(null, null, null, null, null, null, null, null, null);
    }

    /** The first value QEMU would refuse, as a message naming the setting; null when every value is acceptable. */
    public String firstProblem() {
        if (maxBandwidth != null && !(maxBandwidth > 0)) {
            return "max bandwidth must be positive, got " + maxBandwidth;
        }
        if (downtimeLimit != null && !(downtimeLimit >= 0 && Double.isFinite(downtimeLimit))) {
            return "downtime limit must be zero or more, got " + downtimeLimit;
        }
        if (multifdChannels != null && (multifdChannels < 0 || multifdChannels > MAX_MULTIFD_CHANNELS)) {
            return "multifd channels must be 0 (off) to " + MAX_MULTIFD_CHANNELS + ", got " + multifdChannels;
        }
        if (xbzrleCache != null && !(xbzrleCache >= 0 && Double.isFinite(xbzrleCache))) {
            return "xbzrle cache must be zero or more, got " + xbzrleCache;
        }
        if (deviceState != null && !(deviceState >= 0 && Double.isFinite(deviceState))) {
            return "device state must be zero or more, got " + deviceState;
        }
        if (postcopyAfterPasses != null && postcopyAfterPasses < 0) {
            return "post-copy after passes must be zero or more, got " + postcopyAfterPasses;
        }
        if (profile != null && profile.isBlank()) {
            return "profile must name a file";
        }
        return null;
    }

    /** These settings, or an {@link IllegalArgumentException} naming the first value QEMU would refuse. */
    public HypervisorMigrationSettings checked() {
        String problem = firstProblem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return this;
    }

    /** Whether nothing is set (QEMU's defaults and the built-in profile): the file leaves the object out. */
    public boolean isDefault() {
        return equals(qemuDefaults());
    }

    public double maxBandwidthOrDefault() {
        return maxBandwidth == null ? QEMU_MAX_BANDWIDTH : maxBandwidth;
    }

    public double downtimeLimitOrDefault() {
        return downtimeLimit == null ? QEMU_DOWNTIME_LIMIT : downtimeLimit;
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
                transport, postcopyAfterPasses, profile);
    }

    public HypervisorMigrationSettings withDowntimeLimit(Double v) {
        return new HypervisorMigrationSettings(maxBandwidth, v, multifdChannels, autoConverge, xbzrleCache, deviceState,
                transport, postcopyAfterPasses, profile);
    }

    public HypervisorMigrationSettings withMultifdChannels(Integer v) {
        return new HypervisorMigrationSettings(maxBandwidth, downtimeLimit, v, autoConverge, xbzrleCache, deviceState,
                transport, postcopyAfterPasses, profile);
    }

    public HypervisorMigrationSettings withAutoConverge(Boolean v) {
        return new HypervisorMigrationSettings(maxBandwidth, downtimeLimit, multifdChannels, v, xbzrleCache, deviceState,
                transport, postcopyAfterPasses, profile);
    }

    public HypervisorMigrationSettings withXbzrleCache(Double v) {
        return new HypervisorMigrationSettings(maxBandwidth, downtimeLimit, multifdChannels, autoConverge, v, deviceState,
                transport, postcopyAfterPasses, profile);
    }

    public HypervisorMigrationSettings withTransport(Transport v) {
        return new HypervisorMigrationSettings(maxBandwidth, downtimeLimit, multifdChannels, autoConverge, xbzrleCache,
                deviceState, v, postcopyAfterPasses, profile);
    }

    public HypervisorMigrationSettings withProfile(String v) {
        return new HypervisorMigrationSettings(maxBandwidth, downtimeLimit, multifdChannels, autoConverge, xbzrleCache,
                deviceState, transport, postcopyAfterPasses, v);
    }
}
