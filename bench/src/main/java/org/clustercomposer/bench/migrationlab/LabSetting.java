package org.clustercomposer.bench.migrationlab;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One setting of the matrix: the guest and the migration parameters, everything a user knows before migrating.
 * A matrix line names it with the CSV's own column names, {@code key=value} separated by spaces.
 *
 * @param id                  a name for the setting; its repeats share it
 * @param memoryMib           the guest's RAM ({@code -m})
 * @param nonZeroMib          memory the guest makes non-zero at start (the working set lies inside it)
 * @param workingSetMib       the part it keeps dirtying
 * @param dirtyRateMibps      the rate it is asked to dirty at (4 KiB pages x 4096 per second)
 * @param pattern             {@code random} (uniform over the working set) or {@code seq} (a sweep)
 * @param writeBytes          bytes rewritten in each dirtied page
 * @param maxBandwidthMibps   QEMU's max-bandwidth; empty = uncapped (QEMU's 0)
 * @param downtimeLimitMs     QEMU's downtime-limit
 * @param multifdChannels     0 = multifd off, else the multifd capability with this many channels
 * @param autoConverge        the auto-converge capability
 * @param xbzrle              the xbzrle capability
 * @param xbzrleCacheMib      xbzrle-cache-size
 * @param postcopyAfterPasses 0 = no post-copy; else postcopy-ram, switched to once this many passes are done
 * @param repeat              how many runs of this setting
 */
record LabSetting(String id, int memoryMib, int nonZeroMib, int workingSetMib, int dirtyRateMibps, String pattern,
        int writeBytes, OptionalInt maxBandwidthMibps, int downtimeLimitMs, int multifdChannels, boolean autoConverge,
        boolean xbzrle, int xbzrleCacheMib, int postcopyAfterPasses, int repeat) {

    /** QEMU 7.2's defaults where a line leaves a key out (max-bandwidth 128 MiB/s, downtime-limit 300 ms). */
    private static final Map<String, String> DEFAULTS = defaults();
    private static final Set<String> PATTERNS = Set.of("random", "seq");

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("id", null);
        d.put("memory_mib", null);
        d.put("nonzero_mib", "0");
        d.put("working_set_mib", "0");
        d.put("set_dirty_rate_mibps", "0");
        d.put("dirty_pattern", "random");
        d.put("dirty_write_bytes", "8");
        d.put("max_bandwidth_mibps", "128");
        d.put("downtime_limit_ms", "300");
        d.put("multifd_channels", "0");
        d.put("auto_converge", "false");
        d.put("xbzrle", "false");
        d.put("xbzrle_cache_mib", "64");
        d.put("postcopy_after_passes", "0");
        d.put("repeat", "1");
        return d;
    }

    /** Parses one matrix line; the message of a failure names the key and what it should be. */
    static LabSetting parse(String line) {
        Map<String, String> v = new LinkedHashMap<>(DEFAULTS);
        for (String token : line.strip().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq <= 0 || !DEFAULTS.containsKey(token.substring(0, eq))) {
                throw new IllegalArgumentException("'" + token + "' is not key=value with a known key (known: "
                        + String.join(", ", DEFAULTS.keySet()) + ")");
            }
            v.put(token.substring(0, eq), token.substring(eq + 1));
        }
        for (String required : new String[] {"id", "memory_mib"}) {
            if (v.get(required) == null) {
                throw new IllegalArgumentException(required + " is missing");
            }
        }
        String cap = v.get("max_bandwidth_mibps");
        LabSetting s = new LabSetting(v.get("id"), whole(v, "memory_mib", 64, 4096), whole(v, "nonzero_mib", 0, 4096),
                whole(v, "working_set_mib", 0, 4096), whole(v, "set_dirty_rate_mibps", 0, 4095), v.get("dirty_pattern"),
                whole(v, "dirty_write_bytes", 4, 4092),
                cap.equals("none") ? OptionalInt.empty() : OptionalInt.of(whole(v, "max_bandwidth_mibps", 1, 1 << 20)),
                whole(v, "downtime_limit_ms", 1, 2000), whole(v, "multifd_channels", 0, 16), bool(v, "auto_converge"),
                bool(v, "xbzrle"), whole(v, "xbzrle_cache_mib", 1, 4096), whole(v, "postcopy_after_passes", 0, 100),
                whole(v, "repeat", 1, 100));
        s.check();
        return s;
    }

    private void check() {
        if (!PATTERNS.contains(pattern)) {
            throw new IllegalArgumentException("dirty_pattern must be random or seq, got '" + pattern + "'");
        }
        if (writeBytes % 4 != 0) {
            throw new IllegalArgumentException("dirty_write_bytes must be a multiple of 4, got " + writeBytes);
        }
        int data = dataAreaMib();
        if (nonZeroMib > data || workingSetMib > data) {
            throw new IllegalArgumentException("nonzero_mib and working_set_mib must fit the guest's data area, " + data
                    + " MiB for memory_mib=" + memoryMib + " (low RAM above 4 MiB)");
        }
        if (dirtyRateMibps > 0 && workingSetMib == 0) {
            throw new IllegalArgumentException("set_dirty_rate_mibps needs a working_set_mib above 0");
        }
    }

    /**
     * Where the 32-bit guest can write: low RAM above 4 MiB. QEMU's pc machine keeps 3 GiB below 4 GiB once RAM
     * reaches 3.5 GiB, and puts the rest above 4 GiB, out of the guest's reach (it stays zero).
     */
    int dataAreaMib() {
        int lowRam = memoryMib >= 3584 ? 3072 : memoryMib;
        return lowRam - 4;
    }

    /** The guest's multiboot command line. */
    String guestCommandLine() {
        return String.format(Locale.ROOT, "nonzero_mib=%d ws_mib=%d dirty_mibps=%d pattern=%s write_bytes=%d",
                nonZeroMib, workingSetMib, dirtyRateMibps, pattern, writeBytes);
    }

    boolean postcopy() {
        return postcopyAfterPasses > 0;
    }

    private static int whole(Map<String, String> v, String key, int min, int max) {
        String text = v.get(key);
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max) {
                throw new IllegalArgumentException(key + " must be " + min + ".." + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + text + "'");
        }
    }

    private static boolean bool(Map<String, String> v, String key) {
        String text = v.get(key);
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, got '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }
}
