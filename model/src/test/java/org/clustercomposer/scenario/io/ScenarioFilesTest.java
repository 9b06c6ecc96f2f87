package org.clustercomposer.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import org.clustercomposer.scenario.Fixtures;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioFilesTest {

    @TempDir
    Path dir;

    @Test
    void savedScenarioLoadsBackEqual() throws Exception {
        Scenario original = Fixtures.small();
        Path file = dir.resolve("small.json");
        ScenarioFiles.save(original, file);
        Scenario loaded = ScenarioFiles.load(file);
        assertEquals(original, loaded);
        ScenarioFiles.save(loaded, file);
        assertEquals(original, ScenarioFiles.load(file));
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("shared.json");
        ScenarioFiles.save(Fixtures.small(), file);
        var permissions = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, permissions);
        ScenarioFiles.save(Fixtures.small().withName("changed"), file);
        assertEquals(permissions, Files.getPosixFilePermissions(file));
        assertEquals("changed", ScenarioFiles.load(file).name());
    }

    @Test
    void readingAStreamLeavesItOpenForTheCaller() throws Exception {
        byte[] bytes = ScenarioFiles.toJson(Fixtures.small()).getBytes(StandardCharsets.UTF_8);
        boolean[] closed = {false};
        var in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertEquals(Fixtures.small(), ScenarioFiles.read(in));
        assertTrue(!closed[0], "the caller owns the stream");
    }

    @Test
    void writesQuantitiesWithUnitsOneElementPerLine() {
        String json = ScenarioFiles.toJson(Fixtures.small());
        assertTrue(json.startsWith("{\n  \"format\": \"cluster-composer-scenario\",\n  \"version\": 2,"), json);
        assertTrue(json.contains("\n    {\"id\": \"h1\", \"name\": \"node-h1\", \"cores\": 16, \"coreSpeed\": \"2.4 GHz\","
                + " \"memory\": \"64 GiB\", \"nicBandwidth\": \"10 Gbit/s\""), json);
        assertTrue(json.contains("\"h1\": {\"x\": 100, \"y\": 300}"), json);
    }

    @Test
    void savingTheSameScenarioTwiceGivesTheSameBytes() throws Exception {
        assertEquals(ScenarioFiles.toJson(Fixtures.small()), ScenarioFiles.toJson(ScenarioFiles.read(
                ScenarioFiles.toJson(Fixtures.small()))));
    }

    @Test
    void saveThatFailsMidwayLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("keep.json");
        ScenarioFiles.save(Fixtures.small(), file);
        byte[] before = Files.readAllBytes(file);
        Scenario unsavable = Fixtures.small().withVms(List.of(Fixtures.small().vms().get(0),
                new Vm("bad", "bad", 1, Double.NaN, 0, "h1", null)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFiles.save(unsavable, file));

        assertEquals("cannot save /vms/1/memory: NaN, which a file cannot hold", e.getMessage());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void reportsEveryWrongTypeWithItsJsonPath() {
        String json = ScenarioFiles.toJson(Fixtures.small())
                .replace("\"cores\": 16, \"coreSpeed\": \"2.4 GHz\", \"memory\": \"64 GiB\"",
                        "\"cores\": \"16\", \"coreSpeed\": \"2.4 GHz\", \"memory\": true")
                .replace("\"vcpus\": 8", "\"vcpus\": 8.5");
        List<String> problems = problems(json);
        assertTrue(problems.contains("/hosts/0/cores: expected a whole number, got \"16\""), problems::toString);
        assertTrue(problems.contains("/hosts/0/memory: expected a size such as \"16 GiB\", got true"),
                problems::toString);
        assertTrue(problems.contains("/vms/1/vcpus: expected a whole number, got 8.5"), problems::toString);
        assertEquals(4 * 2 + 1, problems.size(), problems::toString);
    }

    @Test
    void reportsUnknownFieldWithTheNearestKnownName() {
        String json = ScenarioFiles.toJson(Fixtures.small()).replace("\"memory\": \"8 GiB\"", "\"memroy\": \"8 GiB\"");
        assertEquals(List.of("/vms/0/memory: missing; expected a size such as \"16 GiB\"",
                "/vms/0: unknown field \"memroy\"; did you mean \"memory\"?"), problems(json));
    }

    @Test
    void reportsUnknownFieldWithoutSuggestionWhenNothingIsClose() {
        String json = ScenarioFiles.toJson(Fixtures.small()).replace("\"name\": \"small\"", "\"name\": \"small\", \"colour\": 3");
        assertEquals(List.of("unknown field \"colour\""), problems(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1e400                  | /hosts/0/memory: expected a size such as "16 GiB", got Infinity, which is too large for a number
            "1e400 GiB"            | /hosts/0/memory: expected a size such as "16 GiB", got "1e400 GiB", which is too large for a number
            "NaN"                  | /hosts/0/memory: expected a size such as "16 GiB", got "NaN"
            "16 GHz"               | /hosts/0/memory: unknown unit "GHz" in "16 GHz": expected a size such as "16 GiB"
            null                   | /hosts/0/memory: expected a size such as "16 GiB", got null
            [16]                   | /hosts/0/memory: expected a size such as "16 GiB", got an array
            """)
    void reportsQuantitiesThatAreNotSizes(String value, String expected) {
        String json = ScenarioFiles.toJson(Fixtures.small()).replaceFirst("\"memory\": \"64 GiB\"",
                "\"memory\": " + value);
        assertEquals(List.of(expected), problems(json));
    }

    @Test
    void reportsHugeWholeNumbers() {
        String json = ScenarioFiles.toJson(Fixtures.small()).replaceFirst("\"cores\": 16",
                "\"cores\": 99999999999999999999999");
        assertEquals(List.of("/hosts/0/cores: expected a whole number no larger than 2147483647, got "
                + "99999999999999999999999"), problems(json));
    }

    @Test
    void reportsSyntaxErrorWithLineAndColumn() {
        String json = "{\n  \"format\": \"cluster-composer-scenario\",\n  \"version\": 2,\n  \"name\": oops\n}";
        List<String> problems = problems(json);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("line 4, column "), problems::toString);
        assertTrue(problems.get(0).contains("'oops'"), problems::toString);
    }

    @Test
    void reportsTruncatedFile() {
        String json = ScenarioFiles.toJson(Fixtures.small());
        List<String> problems = problems(json.substring(0, json.length() / 2));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).matches("line \\d+, column \\d+: the file ends too early \\(is it truncated\\?\\)"),
                problems::toString);
    }

    @Test
    void reportsEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.json"));
        assertEquals(List.of("the file is empty; expected a scenario (a JSON object)"), loadProblems(file));
    }

    @Test
    void reportsBinaryGarbageInOneLine() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[1 + random.nextInt(4096)];
            random.nextBytes(bytes);
            Path file = Files.write(dir.resolve("garbage" + i + ".bin"), bytes);
            List<String> problems = loadProblems(file);
            assertEquals(1, problems.size(), problems::toString);
            assertTrue(problems.get(0).length() < 200, problems::toString);
        }
    }

    @Test
    void refusesDeeplyNestedJsonWithoutOverflowingTheStack() {
        String json = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals(List.of("nested more than 64 levels deep; a scenario file nests only a few levels"),
                problems(json));
    }

    @Test
    void refusesFilesTooLargeBeforeReadingThem() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(300_000_000L);
        }
        assertEquals(List.of("the file is 286 MiB; scenario files larger than 256 MiB are not read"), loadProblems(file));
    }

    @Test
    void reportsMissingFile() {
        assertEquals(List.of("no such file"), loadProblems(dir.resolve("absent.json")));
    }

    @Test
    void refusesNewerVersionNamingBothVersions() {
        String json = "{\"format\": \"cluster-composer-scenario\", \"version\": 3, \"hosts\": 7}";
        assertEquals(List.of("/version: this file is format version 3, but this Cluster Composer reads versions up to 2;"
                + " open it with a newer Cluster Composer"), problems(json));
    }

    @Test
    void refusesOtherFormats() {
        assertEquals(List.of("/format: this is not a Cluster Composer scenario: expected \"cluster-composer-scenario\","
                + " got \"geojson\""), problems("{\"format\": \"geojson\", \"version\": 2}"));
        assertEquals(List.of("/version: missing; expected 2 (the version of the file format)"),
                problems("{\"format\": \"cluster-composer-scenario\"}"));
        assertEquals(List.of("expected a scenario (a JSON object), got an array"), problems("[1, 2]"));
    }

    @Test
    void refusesDuplicateFieldsAndTrailingText() {
        assertEquals(List.of("line 1, column 25: not valid JSON: Duplicate field 'version'"),
                problems("{\"version\": 2, \"version\": 2}"));
        assertEquals(List.of("line 1, column 68: unexpected text after the end of the scenario object"),
                problems("{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"name\": \"a\"} {}"));
    }

    @Test
    void readsAFileWhoseListsComeBeforeItsVersion() throws Exception {
        String json = ScenarioFiles.toJson(Fixtures.small());
        String header = "\"format\": \"cluster-composer-scenario\",\n  \"version\": 2,\n";
        String reordered = json.replace(header, "").replace("\n  \"layout\"", "\n  " + header.strip() + "\n  \"layout\"");
        assertTrue(reordered.indexOf("\"version\"") > reordered.indexOf("\"vms\""), reordered);
        assertEquals(Fixtures.small(), ScenarioFiles.read(reordered));
    }

    @Test
    void migratesVersion1() throws Exception {
        String v2 = ScenarioFiles.toJson(Fixtures.small());
        String v1 = v2.replace("\"format\": \"cluster-composer-scenario\",\n", "")
                .replace("\"version\": 2", "\"version\": 1")
                .replace("\"placedOn\": \"h1\", \"workload\"", "\"host\": \"h1\", \"workload\"")
                .replace("\"ssiDomains\":", "\"ssi\":");
        assertTrue(v1.contains("\"host\": \"h1\"") && !v1.contains("ssiDomains"), v1);
        assertEquals(Fixtures.small(), ScenarioFiles.read(v1));
    }

    @Test
    void namesVersion1FieldsAsTheFileSpellsThem() {
        String v1 = "{\"version\": 1, \"vms\": [{\"id\": \"vm1\", \"vcpus\": 1, \"memory\": \"1 GiB\", \"host\": 5}],"
                + " \"ssi\": [{\"id\": \"s\", \"kind\": \"kerrighed\", \"members\": \"h1\"}]}";
        assertEquals(List.of("/vms/0/host: expected a text, got 5",
                "/ssi/0/members: expected an array of ids, got \"h1\""), problems(v1));
    }

    @Test
    void collectsProblemsFromManyElementsButCapsTheList() {
        StringBuilder json = new StringBuilder("{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"vms\": [");
        for (int i = 0; i < 2000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"v").append(i).append("\", \"vcpus\": 1, \"memory\": true,"
                    + " \"placedOn\": \"h\"}");
        }
        List<String> problems = problems(json.append("]}").toString());
        // Two problems per VM: the mistyped memory, and validation's dangling placedOn.
        assertEquals(ScenarioFiles.MAX_PROBLEMS + 1, problems.size());
        assertEquals("/vms/499/memory: expected a size such as \"16 GiB\", got true", problems.get(998));
        assertEquals("/vms/499/placedOn: no element has id \"h\"", problems.get(999));
        assertEquals("and 3000 more problems", problems.get(1000));
    }

    private static List<String> problems(String json) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(json));
        return e.problems().stream().map(Problem::describe).toList();
    }

    private static List<String> loadProblems(Path file) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals(file, e.file().orElseThrow());
        return e.problems().stream().map(Problem::describe).toList();
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
