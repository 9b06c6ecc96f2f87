package org.clustercomposer.bench.migrationlab;

import static org.clustercomposer.bench.migrationlab.Column.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One real live migration: a destination QEMU waiting with {@code -incoming defer}, a source QEMU booting the
 * lab's guest, both under KVM on 127.0.0.1, driven over QMP. Every process it starts is killed by pid when the
 * run ends, however it ends (a shutdown hook covers the JVM being stopped); a watchdog kills them if QEMU stops
 * answering.
 */
final class LabRunner implements AutoCloseable {

    private static final Duration QMP_WAIT = Duration.ofSeconds(20);
    private static final long MIB = 1L << 20;

    private final Path qemu;
    private final Path guest;
    private final Path workDir;
    private final Duration timeout;
    private final LabMachine machine;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "migration-lab-watchdog");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param timeout a migration still running after this is cancelled and recorded as timed_out
     */
    LabRunner(Path qemu, Path guest, Path workDir, Duration timeout, LabMachine machine) {
        this.qemu = qemu;
        this.guest = guest;
        this.workDir = workDir;
        this.timeout = timeout;
        this.machine = machine;
    }

    /** Runs one migration of {@code s}; a failure is a row with status failed and its reason, not an exception. */
    RunRow run(LabSetting s, int runId, int repeatIndex) throws IOException, InterruptedException {
        RunRow row = new RunRow();
        describe(row, s, runId, repeatIndex);
        Path dir = Files.createTempDirectory(workDir, "run-" + runId + "-");
        List<QemuProcess> started = new CopyOnWriteArrayList<>();
        Thread onExit = new Thread(() -> started.forEach(QemuProcess::kill), "migration-lab-exit");
        Runtime.getRuntime().addShutdownHook(onExit);
        Duration limit = timeout.plus(bootWait(s)).plusSeconds(60);
        ScheduledFuture<?> guard = watchdog.schedule(() -> started.forEach(QemuProcess::kill), limit.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            QemuProcess dst = QemuProcess.start(qemu, qemuArgs(s, dir, "dst", true), dir.resolve("dst-qemu.log"));
            started.add(dst);
            QemuProcess src = QemuProcess.start(qemu, qemuArgs(s, dir, "src", false), dir.resolve("src-qemu.log"));
            started.add(src);
            try (QmpConnection sq = QmpConnection.open(dir.resolve("src.qmp"), QMP_WAIT, src);
                    QmpConnection dq = QmpConnection.open(dir.resolve("dst.qmp"), QMP_WAIT, dst)) {
                GuestConsole srcConsole = new GuestConsole(dir.resolve("src-console.log"), src);
                GuestConsole dstConsole = new GuestConsole(dir.resolve("dst-console.log"), dst);
                int droppedBefore = measureBefore(s, sq, srcConsole, row);
                configure(s, sq, dq, row);
                migrate(s, sq, dq, row);
                checkDestination(dq, dstConsole, droppedBefore, row);
            }
        } catch (IOException e) {
            row.put(STATUS, "failed").put(STATUS_DETAIL, e.getMessage());
            System.err.println("  run " + runId + " failed: " + e.getMessage() + " (logs kept in " + dir + ")");
            return row;
        } finally {
            guard.cancel(false);
            started.forEach(QemuProcess::close);
            Runtime.getRuntime().removeShutdownHook(onExit);
        }
        deleteTree(dir);
        return row;
    }

    private void describe(RunRow row, LabSetting s, int runId, int repeatIndex) throws IOException {
        row.put(RUN_ID, runId).put(SETTING_ID, s.id()).put(REPEAT_INDEX, repeatIndex)
                .put(STARTED_UTC, Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .put(MACHINE_NPROC, machine.nproc()).put(MACHINE_CPU_MODEL, machine.cpuModel())
                .put(MACHINE_KERNEL, machine.kernel()).put(QEMU_VERSION, machine.qemuVersion())
                .put(LOAD_AVG_1MIN_BEFORE, LabMachine.loadAverage1min())
                .put(MEMORY_MIB, s.memoryMib()).put(NONZERO_MIB, Math.max(s.nonZeroMib(), s.workingSetMib()))
                .put(WORKING_SET_MIB, s.workingSetMib()).put(SET_DIRTY_RATE_MIBPS, s.dirtyRateMibps())
                .put(DIRTY_PATTERN, s.pattern()).put(DIRTY_WRITE_BYTES, s.writeBytes())
                .put(MAX_BANDWIDTH_MIBPS, s.maxBandwidthMibps().isPresent() ? s.maxBandwidthMibps().getAsInt() : "none")
                .put(DOWNTIME_LIMIT_MS, s.downtimeLimitMs()).put(MULTIFD_CHANNELS, s.multifdChannels())
                .put(AUTO_CONVERGE, s.autoConverge()).put(XBZRLE, s.xbzrle()).put(XBZRLE_CACHE_MIB, s.xbzrleCacheMib())
                .put(POSTCOPY_AFTER_PASSES, s.postcopyAfterPasses()).put(TRANSPORT, "tcp-loopback");
    }

    private List<String> qemuArgs(LabSetting s, Path dir, String side, boolean incoming) {
        List<String> args = new ArrayList<>(List.of("-accel", "kvm", "-machine", "pc", "-m", s.memoryMib() + "M",
                "-smp", "1", "-nodefaults", "-no-reboot", "-display", "none", "-serial", "none", "-monitor", "none",
                "-bios", LabMachine.QBOOT.toString(), "-kernel", guest.toString(), "-append", s.guestCommandLine(),
                "-qmp", "unix:" + dir.resolve(side + ".qmp") + ",server=on,wait=off",
                "-debugcon", "file:" + dir.resolve(side + "-console.log")));
        if (incoming) {
            args.addAll(List.of("-incoming", "defer"));
        }
        return args;
    }

    /** Boot, touching the non-zero memory (about 300 MiB/s here) and the first heartbeat. */
    private static Duration bootWait(LabSetting s) {
        return Duration.ofSeconds(30 + Math.max(s.nonZeroMib(), s.workingSetMib()) / 50);
    }

    /**
     * Waits for the guest to run, then records what a user can measure before migrating: the guest's own rate
     * over a full second, then QEMU's two dirty-rate measurements. Returns the guest's dropped-page count on the
     * first heartbeat after them.
     */
    private int measureBefore(LabSetting s, QmpConnection sq, GuestConsole console, RunRow row)
            throws IOException, InterruptedException {
        console.await(GuestConsole.RUNNING, 1, bootWait(s));
        String beat = console.await(GuestConsole.ALIVE, 1, Duration.ofSeconds(5));
        row.put(GUEST_DIRTY_RATE_MIBPS, GuestConsole.fields(beat).get("rate_mibps"));
        row.put(DIRTY_RATE_BITMAP_MIBPS, dirtyRate(sq, Map.of("calc-time", 1, "mode", "dirty-bitmap")));
        row.put(DIRTY_RATE_SAMPLING_MIBPS,
                dirtyRate(sq, Map.of("calc-time", 1, "mode", "page-sampling", "sample-pages", 4096)));
        int next = console.count(GuestConsole.ALIVE) + 1;
        String baseline = console.await(GuestConsole.ALIVE, next, Duration.ofSeconds(5));
        return Integer.parseInt(GuestConsole.fields(baseline).get("dropped_pages"));
    }

    /** calc-dirty-rate, then query-dirty-rate until measured; QEMU's "MB/s" is MiB per second. */
    private static long dirtyRate(QmpConnection q, Map<String, ?> args) throws IOException, InterruptedException {
        q.execute("calc-dirty-rate", args);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Thread.sleep(100);
            JsonNode r = q.execute("query-dirty-rate", Map.of());
            if (r.path("status").asText().equals("measured")) {
                return r.path("dirty-rate").asLong();
            }
        }
        throw new IOException("calc-dirty-rate " + args + " did not finish within 10 s");
    }

    private static void configure(LabSetting s, QmpConnection sq, QmpConnection dq, RunRow row) throws IOException {
        List<Map<String, Object>> caps = List.of(cap("xbzrle", s.xbzrle()), cap("auto-converge", s.autoConverge()),
                cap("multifd", s.multifdChannels() > 0), cap("postcopy-ram", s.postcopy()));
        sq.execute("migrate-set-capabilities", Map.of("capabilities", caps));
        List<Map<String, Object>> dstCaps = new ArrayList<>(caps);
        dstCaps.add(cap("postcopy-blocktime", s.postcopy()));
        dq.execute("migrate-set-capabilities", Map.of("capabilities", dstCaps));
        long cap = s.maxBandwidthMibps().isPresent() ? s.maxBandwidthMibps().getAsInt() * MIB : 0;
        sq.execute("migrate-set-parameters", Map.of("max-bandwidth", cap, "downtime-limit", s.downtimeLimitMs(),
                "xbzrle-cache-size", s.xbzrleCacheMib() * MIB));
        if (s.multifdChannels() > 0) {
            sq.execute("migrate-set-parameters", Map.of("multifd-channels", s.multifdChannels()));
            dq.execute("migrate-set-parameters", Map.of("multifd-channels", s.multifdChannels()));
        }
        JsonNode p = sq.execute("query-migrate-parameters", Map.of());
        if (p.path("max-bandwidth").asLong() != cap || p.path("downtime-limit").asLong() != s.downtimeLimitMs()) {
            throw new IOException("QEMU did not take the parameters: " + p);
        }
        row.put(CPU_THROTTLE_INITIAL_PCT, p.path("cpu-throttle-initial").asInt())
                .put(CPU_THROTTLE_INCREMENT_PCT, p.path("cpu-throttle-increment").asInt())
                .put(MAX_CPU_THROTTLE_PCT, p.path("max-cpu-throttle").asInt());
    }

    private static Map<String, Object> cap(String name, boolean on) {
        return Map.of("capability", name, "state", on);
    }

    private void migrate(LabSetting s, QmpConnection sq, QmpConnection dq, RunRow row)
            throws IOException, InterruptedException {
        String uri = "tcp:127.0.0.1:" + freePort();
        dq.execute("migrate-incoming", Map.of("uri", uri));
        long start = System.nanoTime();
        sq.execute("migrate", Map.of("uri", uri));
        MigrationWatch watch = new MigrationWatch(s.postcopyAfterPasses());
        JsonNode last = watch.follow(sq, timeout);
        row.put(HOST_OBSERVED_S, (System.nanoTime() - start) / 1e9);
        MigrationWatch.record(last, watch, row);
    }

    /** The destination: post-copy blocktime, and the guest's first heartbeat there (it really runs on). */
    private static void checkDestination(QmpConnection dq, GuestConsole console, int droppedBefore, RunRow row)
            throws IOException, InterruptedException {
        if (!row.get(STATUS).equals("completed")) {
            return;
        }
        JsonNode d = dq.execute("query-migrate", Map.of());
        for (int i = 0; i < 100 && !d.path("status").asText().equals("completed"); i++) {
            Thread.sleep(50);
            d = dq.execute("query-migrate", Map.of());
        }
        if (d.has("postcopy-blocktime")) {
            row.put(POSTCOPY_BLOCKTIME_MS, d.path("postcopy-blocktime").asLong());
        }
        try {
            Map<String, String> beat = GuestConsole.fields(console.await(GuestConsole.ALIVE, 1, Duration.ofSeconds(3)));
            row.put(DEST_GUEST_ALIVE, true).put(DEST_TAG_ERRORS, beat.get("tag_errors"))
                    .put(GUEST_DROPPED_PAGES, Integer.parseInt(beat.get("dropped_pages")) - droppedBefore);
        } catch (IOException noHeartbeat) {
            row.put(DEST_GUEST_ALIVE, false);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
