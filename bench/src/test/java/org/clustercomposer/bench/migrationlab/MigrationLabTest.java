package org.clustercomposer.bench.migrationlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab as a user runs it. One test migrates a real guest between two QEMU processes under KVM; it runs where
 * /dev/kvm and qemu-system-x86_64 work and is skipped with the reason elsewhere. It lives in bench, beside the
 * lab it exercises: the model's tests read the committed CSV and never need QEMU.
 */
class MigrationLabTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int lab(String... args) throws Exception {
        return MigrationLab.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path matrix(String... lines) throws Exception {
        return Files.write(dir.resolve("matrix.txt"), List.of(lines));
    }

    @Test
    void migratesARealGuestUnderKvmAndRecordsTheRun() throws Exception {
        List<String> missing = LabMachine.missing(LabMachine.onPath(LabMachine.QEMU_BINARY));
        assumeTrue(missing.isEmpty(), () -> "no real migration here: " + String.join("; ", missing));
        Path csv = dir.resolve("runs.csv");
        Path m = matrix("id=short memory_mib=256 nonzero_mib=64 working_set_mib=32 set_dirty_rate_mibps=20 "
                + "max_bandwidth_mibps=none");

        assertEquals(0, lab("--matrix", m.toString(), "--out", csv.toString(), "--max-load", "1000"), err::toString);

        Map<String, String> run = onlyRow(csv);
        assertEquals("completed", run.get("status"), () -> "the run: " + run);
        assertTrue(Double.parseDouble(run.get("total_time_s")) > 0, "total time");
        assertTrue(Long.parseLong(run.get("downtime_ms")) >= 0, "downtime");
        // The 64 MiB the guest made non-zero went as whole pages; the untouched rest as zero-page markers.
        assertTrue(Long.parseLong(run.get("normal_pages")) >= 64 * 256, "normal pages " + run.get("normal_pages"));
        assertTrue(Long.parseLong(run.get("duplicate_pages")) > 0, "zero pages");
        assertTrue(Long.parseLong(run.get("dirty_rate_bitmap_mibps")) > 0, "the guest dirties while measured");
        assertEquals("true", run.get("dest_guest_alive"), "the guest runs on at the destination");
        assertEquals("0", run.get("dest_tag_errors"), "its non-zero pages arrived");
        assertEquals("256", run.get("memory_mib"));
        assertEquals("none", run.get("max_bandwidth_mibps"));
    }

    @Test
    void refusesToRunWithoutQemuAndSaysWhy() throws Exception {
        Path m = matrix("id=a memory_mib=256");

        int status = lab("--matrix", m.toString(), "--out", dir.resolve("x.csv").toString(), "--qemu",
                dir.resolve("no-such-qemu").toString());

        assertEquals(1, status);
        assertTrue(err.toString().contains("cannot run real migrations on this machine"), err::toString);
        assertTrue(err.toString().contains("no-such-qemu is not an executable file"), err::toString);
        assertTrue(Files.notExists(dir.resolve("x.csv")), "nothing written");
    }

    @Test
    void aBadMatrixLineIsNamedByFileAndLine() throws Exception {
        Path m = matrix("# comment", "id=a memory_mib=256", "id=b memory_mib=256 set_dirty_rate_mibps=fast");

        assertEquals(1, lab("--matrix", m.toString(), "--out", dir.resolve("x.csv").toString()));

        assertTrue(err.toString().contains("matrix.txt:3: set_dirty_rate_mibps must be a whole number, got 'fast'"),
                err::toString);
    }

    @Test
    void aWorkingSetBeyondTheGuestsReachIsRefused() {
        // A 4 GiB pc guest has 3 GiB below 4 GiB; the 32-bit guest writes only there (above its first 4 MiB).
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LabSetting.parse("id=big memory_mib=4096 nonzero_mib=3500"));
        assertTrue(e.getMessage().contains("3068 MiB for memory_mib=4096"), e.getMessage());
    }

    @Test
    void leftOutKeysAreQemuDefaults() {
        LabSetting s = LabSetting.parse("id=d memory_mib=1024 working_set_mib=64 set_dirty_rate_mibps=10");
        assertEquals(128, s.maxBandwidthMibps().getAsInt());
        assertEquals(300, s.downtimeLimitMs());
        assertEquals(0, s.multifdChannels());
        assertEquals("nonzero_mib=0 ws_mib=64 dirty_mibps=10 pattern=random write_bytes=8", s.guestCommandLine());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertEquals(2, lab("--matrix"));
        assertTrue(err.toString().contains("usage: migration-lab"), err::toString);
    }

    private static Map<String, String> onlyRow(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(2, lines.size(), "a header and one run");
        String[] names = lines.get(0).split(",", -1);
        String[] cells = lines.get(1).split(",", -1);
        assertEquals(names.length, cells.length, "one cell per column");
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], cells[i]);
        }
        return row;
    }
}
