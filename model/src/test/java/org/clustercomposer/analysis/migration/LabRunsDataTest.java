package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed lab runs are what issue 11 asks for: at least 40 real migrations over the whole matrix, with
 * repeats, and each completed run really moved a running guest. A model's validation reads the same file.
 */
class LabRunsDataTest {

    private final List<LabRuns.Run> runs = LabRuns.all();

    @Test
    void atLeastFortyRealKvmRunsOnOneRecordedMachine() {
        assertTrue(runs.size() >= 40, runs.size() + " runs");
        for (LabRuns.Run r : runs) {
            assertTrue(r.text("qemu_version").startsWith("QEMU emulator version 7.2"), r.text("qemu_version"));
            assertTrue(r.number("machine_nproc") >= 1);
            assertTrue(r.number("load_avg_1min_before") >= 0);
        }
    }

    @Test
    void theMatrixCoversMemoryDirtyRateCapsLimitsMultifdAndTheCapabilities() {
        double smallest = runs.stream().mapToDouble(r -> r.number("memory_mib")).min().orElse(0);
        double largest = runs.stream().mapToDouble(r -> r.number("memory_mib")).max().orElse(0);
        assertEquals(256, smallest, "smallest guest, MiB");
        assertEquals(4096, largest, "largest guest, MiB");
        assertTrue(values("max_bandwidth_mibps").containsAll(Set.of("32", "128", "512", "none")));
        assertTrue(values("downtime_limit_ms").containsAll(Set.of("30", "100", "300", "1000")));
        assertTrue(values("multifd_channels").containsAll(Set.of("0", "1", "2", "4")));
        double fastest = runs.stream().mapToDouble(r -> r.number("set_dirty_rate_mibps")).max().orElse(0);
        assertTrue(fastest >= 400, "fastest set dirty rate " + fastest);
        assertTrue(runs.stream().anyMatch(r -> r.number("set_dirty_rate_mibps") == 0), "idle guests");
        for (String capability : List.of("auto_converge", "xbzrle")) {
            assertTrue(runs.stream().anyMatch(r -> r.flag(capability)), capability);
        }
        assertTrue(runs.stream().anyMatch(r -> r.flag("entered_postcopy")), "a run that switched to post-copy");
        assertTrue(runs.stream().anyMatch(r -> r.number("max_throttle_pct") > 0), "a run that auto-converge throttled");
    }

    @Test
    void severalSettingsAreRepeatedAtLeastThreeTimes() {
        Map<String, Long> repeats = runs.stream().filter(LabRuns.Run::completed)
                .collect(Collectors.groupingBy(r -> r.text("setting_id"), Collectors.counting()));
        long repeated = repeats.values().stream().filter(n -> n >= 3).count();
        assertTrue(repeated >= 5, "settings with 3 or more completed runs: " + repeats);
    }

    @Test
    void everyCompletedRunMovedARunningGuestWithItsMemory() {
        for (LabRuns.Run r : runs.stream().filter(LabRuns.Run::completed).toList()) {
            String id = "run " + r.text("run_id");
            assertEquals("true", r.text("dest_guest_alive"), id + ": the guest ran on at the destination");
            assertEquals("0", r.text("dest_tag_errors"), id + ": sampled non-zero pages arrived intact");
            double nonZeroPages = r.number("nonzero_mib") * 256;
            double sentWhole = r.number("normal_pages");
            assertTrue(sentWhole >= nonZeroPages, id + ": " + sentWhole + " pages sent whole < " + nonZeroPages);
            assertTrue(r.number("total_time_s") > 0 && r.number("downtime_ms") >= 0, id);
        }
    }

    @Test
    void inputsAndOutcomesAreSeparateColumns() {
        assertTrue(LabRuns.header().containsAll(LabRuns.KNOWN_BEFORE), "every known-before column is in the file");
        Set<String> outcomes = Set.of("total_time_s", "downtime_ms", "transferred_bytes", "normal_pages",
                "duplicate_pages", "dirty_sync_count");
        assertTrue(outcomes.stream().noneMatch(LabRuns.KNOWN_BEFORE::contains), "outcomes are never inputs");
    }

    private Set<String> values(String column) {
        return runs.stream().map(r -> r.text(column)).collect(Collectors.toCollection(TreeSet::new));
    }
}
