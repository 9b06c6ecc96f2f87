package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        Run run = new Run(code, out.toString(), err.toString());
        String all = run.out() + run.err();
        assertFalse(all.contains("Exception"), all);
        assertFalse(all.contains("at org."), all);
        return run;
    }

    private Path broken(String name) throws Exception {
        try (InputStream in = CliTest.class.getResourceAsStream("broken/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void generatedFileValidates() {
        Path file = dir.resolve("g.json");
        Run generated = run("generate", "--hosts", "45", "--vms", "120", "--ssi-domains", "4", "--seed", "9",
                "--out", file.toString());
        assertEquals(0, generated.exitCode(), generated.err());
        assertTrue(generated.out().startsWith(file + ": wrote 45 hosts, 120 VMs, 4 switches, "), generated.out());

        Run validated = run("validate", file.toString());
        assertEquals(0, validated.exitCode());
        assertTrue(validated.out().startsWith(file + ": valid (45 hosts, 120 VMs, 4 switches, "), validated.out());
    }

    @Test
    void acceptsEverySample() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate"));
        for (Sample sample : Samples.all()) {
            Path file = dir.resolve(sample.file());
            try (InputStream in = sample.open()) {
                Files.copy(in, file);
            }
            args.add(file.toString());
        }
        Run run = run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.out());
        assertEquals(Samples.all().size(), run.lines().size());
        assertTrue(run.lines().stream().allMatch(l -> l.contains(": valid (")), run.out());
    }

    @Test
    void aGeneratedFileOpensWithoutOverlappingBoxes() throws Exception {
        Path file = dir.resolve("g.json");
        run("generate", "--hosts", "200", "--vms", "2000", "--ssi-domains", "20", "--seed", "3", "--out", file.toString());
        // The editor lays an overlapping file out again on opening (an undo step and a message).
        assertFalse(DiagramGeometry.of(ScenarioFiles.load(file)).nodesOverlap(), "boxes drawn over each other");
    }

    @Test
    void sameSeedWritesTheSameFile() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        run("generate", "--hosts", "50", "--vms", "200", "--ssi-domains", "3", "--seed", "5", "--out", a.toString());
        run("generate", "--hosts", "50", "--vms", "200", "--ssi-domains", "3", "--seed", "5", "--out", b.toString());
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void printsOneLinePerProblemAndExitsOne() throws Exception {
        Path file = broken("negative-memory.json");
        Run run = run("validate", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                file + ": /vms/0/memory: must be positive, got \"-4 GiB\"",
                file + ": /vms/0/placedOn: host \"h1\" has no hypervisor; give it one or place the VM on a host that"
                        + " has one"), run.lines());
    }

    @Test
    void reportsWrongTypesAndMisspeltFieldsTogether() throws Exception {
        Path file = broken("wrong-types.json");
        Run run = run("validate", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                file + ": /hosts/0/cores: expected a whole number, got \"sixteen\"",
                file + ": /hosts/0/memory: missing; expected a size such as \"16 GiB\"",
                file + ": /hosts/0/peakPower: expected a power such as \"250 W\", got true",
                file + ": /hosts/0: unknown field \"memroy\"; did you mean \"memory\"?",
                file + ": /links: expected an array, got an object"), run.lines());
    }

    @Test
    void reportsFieldProblemsAndRuleProblemsInOneRun() throws Exception {
        Path file = broken("field-and-rule-problems.json");
        Run run = run("validate", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                file + ": /hosts/0/coreSpeed: missing; expected a frequency such as \"2.4 GHz\"",
                file + ": /hosts/0/nicBandwidth: missing; expected a bandwidth such as \"10 Gbit/s\"",
                file + ": /hosts/0/idlePower: missing; expected a power such as \"250 W\"",
                file + ": /hosts/0/peakPower: missing; expected a power such as \"250 W\"",
                file + ": /hosts/0/cores: must be at least 1, got -2",
                file + ": /vms/0/vcpus: missing; expected a whole number",
                file + ": /vms/0: unknown field \"memroy\"; did you mean \"memory\"?",
                file + ": /vms/0/memory: must be positive, got \"-4 GiB\"",
                file + ": /vms/0/placedOn: no element has id \"nope\""), run.lines());
    }

    @Test
    void reportsDanglingReferencesAndCycles() throws Exception {
        Path file = broken("dangling.json");
        Run run = run("validate", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                file + ": /links/0/to: no element has id \"tor9\"",
                file + ": /ssiDomains/0/members: stacking cycle: \"vssi\" spans \"vm1\", which runs on \"vssi\";"
                        + " a layer cannot run on itself",
                file + ": /applications/0/placedOn: no element has id \"h7\""), run.lines());
    }

    @Test
    void reportsUnreadableFilesInOneLineEach() throws Exception {
        Path truncated = broken("truncated.json");
        Path future = broken("future-version.json");
        Path garbage = broken("garbage.json");
        Path missing = dir.resolve("missing.json");
        Run run = run("validate", truncated.toString(), future.toString(), garbage.toString(), missing.toString(),
                dir.toString());
        assertEquals(1, run.exitCode());
        List<String> lines = run.lines();
        assertEquals(5, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(truncated + ": line 6, column "), lines.get(0));
        assertEquals(future + ": /version: this file is format version 7, but this Cluster Composer reads versions"
                + " up to 2; open it with a newer Cluster Composer", lines.get(1));
        assertTrue(lines.get(2).startsWith(garbage + ": line 1, column "), lines.get(2));
        assertEquals(missing + ": no such file", lines.get(3));
        assertEquals(dir + ": is a directory, not a file", lines.get(4));
    }

    @Test
    void validatesEveryFileEvenAfterAProblem() throws Exception {
        Path good = dir.resolve("good.json");
        run("generate", "--hosts", "3", "--out", good.toString());
        Path bad = broken("negative-memory.json");
        Run run = run("validate", bad.toString(), good.toString());
        assertEquals(1, run.exitCode());
        assertEquals(good + ": valid (3 hosts, 0 VMs, 3 switches, 7 links, 1 storage, 0 SSI domains, 1 application)",
                run.lines().get(run.lines().size() - 1));
    }

    @Test
    void usageErrorsExitTwo() {
        Run noFiles = run("validate");
        assertEquals(2, noFiles.exitCode());
        assertTrue(noFiles.err().contains("Missing required parameter: 'FILE'"), noFiles.err());
        Run unknownOption = run("validate", "--frobnicate", "x.json");
        assertEquals(2, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("Unknown option: '--frobnicate'"), unknownOption.err());
        Run noHosts = run("generate", "--out", dir.resolve("x.json").toString());
        assertEquals(2, noHosts.exitCode());
        Run badCount = run("generate", "--hosts", "-5", "--out", dir.resolve("x.json").toString());
        assertEquals(2, badCount.exitCode());
        assertTrue(badCount.err().startsWith("hosts must be between 1 and 1000000, got -5"), badCount.err());
        Run notANumber = run("generate", "--hosts", "many", "--out", dir.resolve("x.json").toString());
        assertEquals(2, notANumber.exitCode());
    }

    @Test
    void aUsageErrorIsItsMessageAndWhereTheOptionsAreNotTheWholeUsage() {
        Run badUnit = run("simulate", "x.json", "--duration", "1x");
        assertEquals(2, badUnit.exitCode());
        assertEquals(List.of("--duration: unknown unit \"x\" in \"1x\": expected a duration such as \"300 ms\"",
                "See 'cluster-composer simulate --help' for the options."), badUnit.err().lines().toList());
        Run misspelt = run("simulate", "x.json", "--duration", "1h", "--polcy", "none");
        assertEquals(2, misspelt.exitCode());
        assertTrue(misspelt.err().startsWith("Unknown options: '--polcy', 'none'"), misspelt.err());
        assertTrue(misspelt.err().contains("--policy"), "picocli's suggestion of the option meant: " + misspelt.err());
        assertFalse(misspelt.err().contains("Usage:"), misspelt.err());
    }

    @Test
    void generateThatCannotFitTheVmsIsAUsageError() {
        Run run = run("generate", "--hosts", "2", "--vms", "5000", "--out", dir.resolve("x.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("cannot place 5000 VMs on 2 hosts"), run.err());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void generateIntoMissingDirectoryExitsOne() {
        Path file = dir.resolve("no/such/dir/x.json");
        Run run = run("generate", "--hosts", "3", "--out", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(file + ": cannot write the file: no such file or directory", run.err().strip());
    }

    @Test
    void editRefusesAMissingFileBeforeOpeningAWindow() {
        Path file = dir.resolve("missing.json");
        Run run = run("edit", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(file + ": no such file", run.err().strip());
    }
}
