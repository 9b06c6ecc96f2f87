package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.clustercomposer.topology.HypervisorMigrationSettings.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs as QEMU (query-migrate) and libvirt (virsh domjobinfo --completed) report them, with their inputs files. The
 * fixtures in migration-runs/ are the lab's fitting rows written in those formats (from-lab-csv.py beside them).
 */
class MigrationRunFilesTest {

    @TempDir
    Path dir;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(MigrationRunFilesTest.class.getResource("/migration-runs/" + name).toURI());
    }

    static List<MeasuredMigration> runsIn(Path folder, String ending) throws IOException {
        List<MeasuredMigration> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.toString().endsWith(ending) && !MigrationRunInputs.isInputsFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                runs.add(MigrationRunFiles.read(p, null));
            }
        }
        return runs;
    }

    static List<MeasuredMigration> labCsv(String resource) throws IOException {
        try (var in = new InputStreamReader(MigrationRunFilesTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return MeasuredMigrations.fromLabCsv(in, resource);
        }
    }

    static void assertSameProfile(TransportProfile expected, TransportProfile actual) {
        assertEquals(expected.ceiling().value(), actual.ceiling().value(), 1e-9 * expected.ceiling().value());
        assertEquals(expected.ceiling().uncertainty(), actual.ceiling().uncertainty(),
                1e-9 * expected.ceiling().value());
        assertEquals(expected.stopCopyRate().value(), actual.stopCopyRate().value(),
                1e-9 * expected.stopCopyRate().value());
        assertEquals(expected.switchoverSeconds().value(), actual.switchoverSeconds().value(), 1e-12);
    }

    @Test
    void fitsTheSameProfileFromQueryMigrateRepliesAsFromTheLabCsv() throws Exception {
        List<MeasuredMigration> csv = labCsv("/migration-lab/fit-runs.csv");
        List<MeasuredMigration> json = runsIn(resource(""), ".json");
        assertEquals(csv.size(), json.size(), "one reply per fitting row");
        TransportProfile base = TransportProfile.defaults(Transport.tcp);
        Calibration.Result fromCsv = Calibration.fit("lab", csv, base);
        Calibration.Result fromJson = Calibration.fit("lab", json, base);
        assertSameProfile(fromCsv.profile(), fromJson.profile());
        assertEquals(fromCsv.notFitted(), fromJson.notFitted());
        // The inputs files give the model what the CSV's known-before columns give it: the same predictions.
        for (MeasuredMigration j : json) {
            String run = j.id().replaceAll(".*lab-run-(\\d+)\\.json$", "run $1,");
            MeasuredMigration c = csv.stream().filter(m -> m.id().contains("(" + run)).findFirst().orElseThrow();
            QemuPreCopyModel model = new QemuPreCopyModel(j.settings(), fromCsv.profile());
            assertEquals(new QemuPreCopyModel(c.settings(), fromCsv.profile()).cost(c.request()).totalSeconds(),
                    model.cost(j.request()).totalSeconds(), 1e-9, j.id());
            assertEquals(c.totalSeconds(), j.totalSeconds(), 1e-9, j.id());
            assertEquals(c.downtimeBytes(), j.downtimeBytes(), 0, j.id());
        }
    }

    @Test
    void fitsTheCeilingFromVirshDomjobinfoButNotWhatLibvirtDoesNotReport() throws Exception {
        List<MeasuredMigration> text = runsIn(resource("libvirt"), ".txt");
        List<MeasuredMigration> csv = labCsv(LabRuns.RESOURCE).stream()
                .filter(m -> m.id().matches(".*, (idle-1g|idle-2g-uncapped|idle-256m)\\)")).toList();
        assertEquals(csv.size(), text.size());
        TransportProfile base = TransportProfile.defaults(Transport.tcp);
        Calibration.Result fromText = Calibration.fit("libvirt", text, base);
        Calibration.Result fromCsv = Calibration.fit("lab", csv, base);
        // virsh prints sizes to three decimals of their unit (1 GiB of normal data as "1.000 GiB", 0.5 MiB either
        // way): the ceiling agrees to that rounding.
        assertEquals(fromCsv.profile().ceiling().value(), fromText.profile().ceiling().value(),
                1e-3 * fromCsv.profile().ceiling().value());
        assertEquals(fromCsv.ceilingRuns(), fromText.ceilingRuns());
        assertTrue(fromText.notFitted().containsAll(List.of("switchover", "stop-copy rate")),
                "libvirt reports no bytes sent while paused: " + fromText.notFitted());
    }

    @Test
    void theRunsOwnCountersNeverBecomeModelInputs() throws Exception {
        Path run = copy("lab-run-6.json", "run.json");
        MeasuredMigration before = MigrationRunFiles.read(run, null);
        Files.writeString(run, Files.readString(run).replace("\"normal-bytes\": 729645056",
                "\"normal-bytes\": 1").replace("\"duplicate\": 131127", "\"duplicate\": 7"));
        MeasuredMigration after = MigrationRunFiles.read(run, null);
        assertEquals(before.request(), after.request());
        assertEquals(before.settings(), after.settings());
        assertEquals(1, after.normalBytes());
    }

    @Test
    void anInputsFileWithAWrongValueNamesTheFileAndTheJsonPath() throws Exception {
        Path run = copy("lab-run-6.json", "run.json");
        Files.writeString(dir.resolve("run.inputs.json"), """
                {"memory": "lots", "nonZeroMem": "512 MiB", "migration": {"multifd": "two", "transport": "udp"}}
                """);
        String message = assertThrows(IllegalArgumentException.class, () -> MigrationRunFiles.read(run, null))
                .getMessage();
        assertTrue(message.contains("run.inputs.json: /memory: "), message);
        assertTrue(message.contains("/migration/multifd: expected a whole number"), message);
        assertTrue(message.contains("/migration/transport: unknown transport \"udp\""), message);
        assertTrue(message.contains("unknown field \"nonZeroMem\"; did you mean \"nonZeroMemory\"?"), message);
    }

    @Test
    void aDirtyRateThatFillsTheWorkingSetIsRefused() throws Exception {
        Path run = copy("lab-run-6.json", "run.json");
        Files.writeString(dir.resolve("run.inputs.json"), """
                {"memory": "1 GiB", "workingSet": "64 MiB", "dirtyRate": "100 MiB/s"}
                """);
        String message = assertThrows(IllegalArgumentException.class, () -> MigrationRunFiles.read(run, null))
                .getMessage();
        assertTrue(message.contains("run.inputs.json: /dirtyRate: dirties the whole working set"), message);
    }

    @Test
    void aRunWithoutInputsSaysWhichFileIsMissing() throws Exception {
        Path run = dir.resolve("run.json");
        Files.copy(resource("lab-run-6.json"), run);
        String message = assertThrows(IllegalArgumentException.class, () -> MigrationRunFiles.read(run, null))
                .getMessage();
        assertTrue(message.contains("run.json: no inputs file " + dir.resolve("run.inputs.json")), message);
    }

    @Test
    void aReplyThatIsNotACompletedMigrationNamesTheField() throws Exception {
        Path run = copy("lab-run-6.json", "run.json");
        Files.writeString(run, Files.readString(run).replace("\"completed\"", "\"active\""));
        assertMessage(run, "run.json: /return/status: \"active\"; a query-migrate reply of a completed migration");
        Files.writeString(run, "{\"status\": \"completed\", \"total-time\": 12, \"downtime\": 3, \"ram\": {}}");
        assertMessage(run, "run.json: /ram/normal: missing; expected a number");
        Files.writeString(run, "{\"status\": \"completed\", \"total-time\": \"12 s\"}");
        assertMessage(run, "run.json: /total-time: expected a number zero or more, got \"12 s\"");
        Files.writeString(run, "{\"return\": {\"status\": ");
        assertMessage(run, "run.json: not JSON: ");
    }

    @Test
    void domjobinfoOutputWithoutALineItNeedsNamesTheLine() throws Exception {
        Path run = copy("libvirt/lab-run-2.txt", "run.txt");
        Files.writeString(run, Files.readString(run).replaceAll("Total downtime:.*\\R", ""));
        assertMessage(run, "run.txt: no \"Total downtime:\" line");
        Files.writeString(run, Files.readString(run).replace("Completed", "Unbounded"));
        assertMessage(run, "run.txt: Job type: Unbounded; the output of virsh domjobinfo --completed");
        Files.writeString(run, "Id Name State\n 1 vm running\n");
        assertMessage(run, "run.txt: neither a query-migrate reply (JSON) nor virsh domjobinfo output");
    }

    private void assertMessage(Path run, String expected) {
        String message = assertThrows(IllegalArgumentException.class, () -> MigrationRunFiles.read(run, null))
                .getMessage();
        assertTrue(message.contains(expected), message);
    }

    private Path copy(String fixture, String name) throws Exception {
        Path run = dir.resolve(name);
        Files.copy(resource(fixture), run);
        Files.copy(MigrationRunInputs.besideRun(resource(fixture)), MigrationRunInputs.besideRun(run));
        return run;
    }
}
