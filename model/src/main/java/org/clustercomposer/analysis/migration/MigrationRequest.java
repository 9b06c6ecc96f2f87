package org.clustercomposer.analysis.migration;

/**
 * What a migration cost model needs to know about one move. SI base units.
 *
 * @param memory             bytes of guest (or process) memory to move
 * @param dirtyRate          bytes per second the workload writes while it keeps running
 * @param writableWorkingSet bytes of hot memory written over and over; re-dirtying a page of this
 *                           set does not add data to send. 0 means unknown: no bound below memory
 * @param bandwidth          bytes per second available to the migration on its path (the slowest
 *                           link, after other traffic's share), before protocol overhead
 * @param downtimeLimit      seconds the guest may be paused for the final copy (QEMU: 300 ms)
 * @param maxRounds          most copy rounds before a forced stop-and-copy (Xen: 30)
 * @param disk               bytes of local disk; copied only when storage is not shared
 * @param sharedStorage      whether source and destination see the same disk (no disk copy)
 * @param nonZeroMemory      bytes of memory that hold data; the rest are all-zero pages, which QEMU sends as
 *                           {@value #ZERO_PAGE_WIRE_BYTES}-byte markers instead of whole pages. Equal to
 *                           {@code memory} (every page sent in full) unless known, and for hypervisors that
 *                           send every page as it is
 */
public record MigrationRequest(double memory, double dirtyRate, double writableWorkingSet, double bandwidth,
                               double downtimeLimit, int maxRounds, double disk, boolean sharedStorage,
                               double nonZeroMemory) {

    /** QEMU's default downtime-limit: DEFAULT_MIGRATE_SET_DOWNTIME 300 (ms), qemu migration/options.c. */
    public static final double DEFAULT_DOWNTIME_LIMIT = org.clustercomposer.topology.HypervisorMigrationSettings.QEMU_DOWNTIME_LIMIT;
    /** Xen's default: max_iters = 29 iterations after the first full copy, i.e. 30 rounds (xc_domain_save.c). */
    public static final int DEFAULT_MAX_ROUNDS = 30;
    /** Guest page size the zero-page markers are counted in (x86 base pages: QEMU's TARGET_PAGE_SIZE). */
    public static final double PAGE_SIZE = 4096;
    /**
     * Bytes QEMU puts on the stream for one all-zero page: an 8-byte page header (offset | RAM_SAVE_FLAG_ZERO,
     * save_page_header) and the 1-byte fill value (qemu_put_byte(f, 0)), in save_zero_page_to_file,
     * migration/ram.c. The block name the header carries when the RAM block changes is left out: it is
     * sent once per block, not per page.
     */
    public static final int ZERO_PAGE_WIRE_BYTES = 9;

    /** A request in which every page holds data (no zero-page markers): the 8-field form other code uses. */
    public MigrationRequest(double memory, double dirtyRate, double writableWorkingSet, double bandwidth,
                            double downtimeLimit, int maxRounds, double disk, boolean sharedStorage) {
        this(memory, dirtyRate, writableWorkingSet, bandwidth, downtimeLimit, maxRounds, disk, sharedStorage, memory);
    }

    public MigrationRequest {
        requireFinite(memory, "memory", false);
        requireFinite(dirtyRate, "dirty rate", true);
        requireFinite(writableWorkingSet, "writable working set", true);
        requireFinite(downtimeLimit, "downtime limit", true);
        requireFinite(disk, "disk", true);
        if (!(bandwidth > 0) || Double.isNaN(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be positive, got " + bandwidth);
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("max rounds must be at least 1, got " + maxRounds);
        }
        requireFinite(nonZeroMemory, "non-zero memory", true);
        if (nonZeroMemory > memory) {
            throw new IllegalArgumentException("non-zero memory (" + nonZeroMemory + " B) cannot exceed memory ("
                    + memory + " B)");
        }
    }

    private static void requireFinite(double value, String name, boolean zeroAllowed) {
        if (!Double.isFinite(value) || value < 0 || (!zeroAllowed && value == 0)) {
            throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "zero or more" : "positive")
                    + ", got " + value);
        }
    }

    /** A live-migration request with shared storage and QEMU/Xen default limits. */
    public static MigrationRequest of(double memory, double dirtyRate, double bandwidth) {
        return new MigrationRequest(memory, dirtyRate, 0, bandwidth, DEFAULT_DOWNTIME_LIMIT, DEFAULT_MAX_ROUNDS, 0,
                true);
    }

    /** The hot set that bounds re-dirtied data: the writable working set, or all memory when unknown. */
    public double dirtyBound() {
        return writableWorkingSet > 0 ? Math.min(writableWorkingSet, memory) : memory;
    }

    /** Bytes of memory in all-zero pages. */
    public double zeroMemory() {
        return memory - nonZeroMemory;
    }

    /**
     * Bytes one full pass over memory puts on the stream: the non-zero memory as it is, and a
     * {@value #ZERO_PAGE_WIRE_BYTES}-byte marker for each zero page. Equals {@code memory} when every page
     * holds data.
     */
    public double fullCopyBytes() {
        return nonZeroMemory + zeroMemory() / PAGE_SIZE * ZERO_PAGE_WIRE_BYTES;
    }

    public MigrationRequest withWritableWorkingSet(double v) {
        return new MigrationRequest(memory, dirtyRate, v, bandwidth, downtimeLimit, maxRounds, disk, sharedStorage,
                nonZeroMemory);
    }

    public MigrationRequest withBandwidth(double v) {
        return new MigrationRequest(memory, dirtyRate, writableWorkingSet, v, downtimeLimit, maxRounds, disk,
                sharedStorage, nonZeroMemory);
    }

    public MigrationRequest withDirtyRate(double v) {
        return new MigrationRequest(memory, v, writableWorkingSet, bandwidth, downtimeLimit, maxRounds, disk,
                sharedStorage, nonZeroMemory);
    }

    public MigrationRequest withDowntimeLimit(double v) {
        return new MigrationRequest(memory, dirtyRate, writableWorkingSet, bandwidth, v, maxRounds, disk,
                sharedStorage, nonZeroMemory);
    }

    public MigrationRequest withMaxRounds(int v) {
        return new MigrationRequest(memory, dirtyRate, writableWorkingSet, bandwidth, downtimeLimit, v, disk,
                sharedStorage, nonZeroMemory);
    }

    /** The same move with a local disk of the given size, copied unless storage is shared. */
    public MigrationRequest withDisk(double bytes, boolean shared) {
        return new MigrationRequest(memory, dirtyRate, writableWorkingSet, bandwidth, downtimeLimit, maxRounds, bytes,
                shared, nonZeroMemory);
    }

    /** The same move when only {@code bytes} of memory hold data (the guest's resident, non-zero pages). */
    public MigrationRequest withNonZeroMemory(double bytes) {
        return new MigrationRequest(memory, dirtyRate, writableWorkingSet, bandwidth, downtimeLimit, maxRounds, disk,
                sharedStorage, bytes);
    }
}
