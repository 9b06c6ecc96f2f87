package org.clustercomposer.bench.migrationlab;

/**
 * The lab CSV's columns, in file order. The role says what a model may be given: {@link Role#INPUT} and
 * {@link Role#PRE_MEASURED} are known before migrating; {@link Role#OUTCOME} is what the run measured and is
 * what a model predicts, never what it reads.
 */
enum Column {
    RUN_ID(Role.RUN, "run number in this file, 1-based"),
    SETTING_ID(Role.RUN, "the matrix setting; its repeats share it"),
    REPEAT_INDEX(Role.RUN, "which repeat of the setting, 1-based"),
    STARTED_UTC(Role.RUN, "when the run started (ISO-8601, UTC)"),
    MACHINE_NPROC(Role.MACHINE, "online CPUs of the host"),
    MACHINE_CPU_MODEL(Role.MACHINE, "the host's CPU model name"),
    MACHINE_KERNEL(Role.MACHINE, "the host kernel release"),
    QEMU_VERSION(Role.MACHINE, "qemu-system-x86_64 --version, first line"),
    LOAD_AVG_1MIN_BEFORE(Role.MACHINE, "the host's 1-minute load average just before the run (other work on it)"),
    MEMORY_MIB(Role.INPUT, "guest RAM (-m), MiB"),
    NONZERO_MIB(Role.INPUT, "guest memory made non-zero before migrating, MiB (contains the working set)"),
    WORKING_SET_MIB(Role.INPUT, "the part the guest keeps dirtying, MiB"),
    SET_DIRTY_RATE_MIBPS(Role.INPUT, "the rate the guest is asked to dirty pages at, MiB/s (pages x 4 KiB)"),
    DIRTY_PATTERN(Role.INPUT, "random: each dirtied page drawn uniformly from the working set; seq: a sweep"),
    DIRTY_WRITE_BYTES(Role.INPUT, "bytes rewritten in each dirtied page"),
    MAX_BANDWIDTH_MIBPS(Role.INPUT, "QEMU max-bandwidth, MiB/s; none = uncapped (max-bandwidth 0)"),
    DOWNTIME_LIMIT_MS(Role.INPUT, "QEMU downtime-limit, ms"),
    MULTIFD_CHANNELS(Role.INPUT, "0 = multifd off; else multifd on with this many channels"),
    AUTO_CONVERGE(Role.INPUT, "QEMU auto-converge capability"),
    XBZRLE(Role.INPUT, "QEMU xbzrle capability"),
    XBZRLE_CACHE_MIB(Role.INPUT, "QEMU xbzrle-cache-size, MiB (used only with xbzrle)"),
    POSTCOPY_AFTER_PASSES(Role.INPUT, "0 = no post-copy; else postcopy-ram, and migrate-start-postcopy once this many "
            + "passes are done (dirty-sync-count > N)"),
    CPU_THROTTLE_INITIAL_PCT(Role.INPUT, "QEMU cpu-throttle-initial as read back, %"),
    CPU_THROTTLE_INCREMENT_PCT(Role.INPUT, "QEMU cpu-throttle-increment as read back, %"),
    MAX_CPU_THROTTLE_PCT(Role.INPUT, "QEMU max-cpu-throttle as read back, %"),
    TRANSPORT(Role.INPUT, "how the stream goes: tcp-loopback (two QEMU processes on 127.0.0.1)"),
    GUEST_DIRTY_RATE_MIBPS(Role.PRE_MEASURED, "the guest's own count of pages it dirtied in its last second before "
            + "the measurements below, MiB/s"),
    DIRTY_RATE_BITMAP_MIBPS(Role.PRE_MEASURED, "QEMU calc-dirty-rate mode=dirty-bitmap over 1 s: distinct pages "
            + "dirtied, MiB/s (dirty logging slows this guest, see 0210)"),
    DIRTY_RATE_SAMPLING_MIBPS(Role.PRE_MEASURED, "QEMU calc-dirty-rate mode=page-sampling over 1 s (hashes of "
            + "sampled pages; no dirty logging), MiB/s"),
    STATUS(Role.OUTCOME, "completed; failed; timed_out (cancelled after the lab's timeout: did not converge)"),
    STATUS_DETAIL(Role.OUTCOME, "why a run failed (QEMU's error-desc or the lab's message); empty otherwise"),
    ENTERED_POSTCOPY(Role.OUTCOME, "true when query-migrate showed postcopy-active"),
    POSTCOPY_SWITCH_AT_S(Role.OUTCOME, "QEMU's total-time when migrate-start-postcopy was sent, s (empty: not sent)"),
    TOTAL_TIME_S(Role.OUTCOME, "QEMU total-time: migrate command to completion, s (empty unless completed)"),
    DOWNTIME_MS(Role.OUTCOME, "QEMU downtime: the guest stopped, ms (empty unless completed)"),
    SETUP_TIME_MS(Role.OUTCOME, "QEMU setup-time, ms"),
    HOST_OBSERVED_S(Role.OUTCOME, "the lab's own clock from sending migrate to seeing it end (20 ms polls), s"),
    ELAPSED_AT_END_S(Role.OUTCOME, "QEMU total-time at the last poll (for timed_out rows: when cancelled), s"),
    TRANSFERRED_BYTES(Role.OUTCOME, "ram.transferred: bytes sent"),
    PRECOPY_BYTES(Role.OUTCOME, "ram.precopy-bytes"),
    DOWNTIME_BYTES(Role.OUTCOME, "ram.downtime-bytes: sent while the guest was stopped"),
    POSTCOPY_BYTES(Role.OUTCOME, "ram.postcopy-bytes"),
    MULTIFD_BYTES(Role.OUTCOME, "ram.multifd-bytes"),
    NORMAL_PAGES(Role.OUTCOME, "ram.normal: pages sent whole"),
    DUPLICATE_PAGES(Role.OUTCOME, "ram.duplicate: zero pages sent as markers"),
    NORMAL_BYTES(Role.OUTCOME, "ram.normal-bytes"),
    DIRTY_SYNC_COUNT(Role.OUTCOME, "ram.dirty-sync-count: dirty-bitmap syncs, one per pass (rounds)"),
    THROUGHPUT_MBIT_S(Role.OUTCOME, "ram.mbps at the end: QEMU's throughput, megabits (10^6) per second"),
    PAGES_PER_SECOND(Role.OUTCOME, "ram.pages-per-second at the end"),
    MAX_THROTTLE_PCT(Role.OUTCOME, "highest cpu-throttle-percentage seen while polling, % (0: never throttled)"),
    XBZRLE_BYTES(Role.OUTCOME, "xbzrle-cache.bytes: bytes sent xbzrle-encoded"),
    XBZRLE_PAGES(Role.OUTCOME, "xbzrle-cache.pages: pages sent xbzrle-encoded"),
    XBZRLE_CACHE_MISS(Role.OUTCOME, "xbzrle-cache.cache-miss"),
    XBZRLE_OVERFLOW(Role.OUTCOME, "xbzrle-cache.overflow: encodings larger than the page, sent whole"),
    POSTCOPY_REQUESTS(Role.OUTCOME, "ram.postcopy-requests: pages the destination faulted on and asked for"),
    POSTCOPY_BLOCKTIME_MS(Role.OUTCOME, "destination postcopy-blocktime: time all vCPUs waited on faults, ms"),
    DEST_GUEST_ALIVE(Role.OUTCOME, "the guest printed a heartbeat on the destination within 3 s of the end"),
    DEST_TAG_ERRORS(Role.OUTCOME, "sampled non-zero pages on the destination that lost their tag (must be 0)"),
    GUEST_DROPPED_PAGES(Role.OUTCOME, "pages the guest fell behind on from its last heartbeat on the source to its "
            + "first on the destination (dirty logging, throttling and the pause slow it)");

    /** What a column is to a model. */
    enum Role {
        RUN, MACHINE, INPUT, PRE_MEASURED, OUTCOME
    }

    final Role role;
    final String meaning;

    Column(Role role, String meaning) {
        this.role = role;
        this.meaning = meaning;
    }

    /** The CSV header name: the constant in lower case. */
    String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
