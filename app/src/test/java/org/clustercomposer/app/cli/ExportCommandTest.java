package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clustercomposer.export.SsiNodeFiles;
import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every sample exported through the command line and checked by the real tools: libvirt's schema, Ansible. */
class ExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    static Path copy(Sample sample, Path dir) throws Exception {
        Path file = dir.resolve(Path.of(sample.file()).getFileName().toString());
        try (var in = sample.open()) {
            Files.copy(in, file);
        }
        return file;
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** Runs a tool without a shell; its exit code and output. */
    static Map.Entry<Integer, String> tool(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return Map.entry(p.waitFor(), output);
    }

    @Test
    void everySamplesDomainsPassVirtXmlValidate(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("virt-xml-validate") && onPath("xmllint"),
                "virt-xml-validate (libvirt-clients) and xmllint (libxml2-utils) are not installed");
        int domains = 0;
        for (Sample sample : Samples.all()) {
            Path outDir = dir.resolve("libvirt-" + sample.stacking());
            assertEquals(0, run("export", copy(sample, dir).toString(), "--to", "libvirt", "--out", outDir.toString()),
                    sample.file() + ": " + err);
            List<Path> files;
            try (Stream<Path> s = Files.list(outDir)) {
                files = s.sorted().toList();
            }
            assertEquals(sample.load().vms().size(), files.size(), sample.file());
            for (Path xml : files) {
                var result = tool(dir, "virt-xml-validate", xml.toString(), "domain");
                assertEquals(0, result.getKey(), xml + ": " + result.getValue());
                domains++;
            }
        }
        assertTrue(domains > 10, "the samples hold VMs: " + domains);
    }

    @Test
    void everySamplesInventoryIsAcceptedByAnsibleInventory(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("ansible-inventory"), "ansible-inventory (ansible-core) is not installed");
        for (Sample sample : Samples.all()) {
            Scenario scenario = sample.load();
            Path outDir = dir.resolve("ansible-" + sample.stacking());
            assertEquals(0, run("export", copy(sample, dir).toString(), "--to", "ansible", "--out", outDir.toString()),
                    sample.file() + ": " + err);
            var result = tool(dir, "ansible-inventory", "-i", outDir.resolve("inventory.yml").toString(), "--list");
            assertEquals(0, result.getKey(), sample.file() + ": " + result.getValue());
            String json = result.getValue().substring(result.getValue().indexOf('{'));
            JsonNode list = new ObjectMapper().readTree(json);
            assertFalse(result.getValue().contains("[WARNING]"), sample.file() + ": " + result.getValue());
            JsonNode hostvars = list.get("_meta").get("hostvars");
            assertEquals(scenario.hosts().size() + scenario.vms().size(), hostvars.size(), sample.file());
            for (var host : scenario.hosts()) {
                assertEquals(host.cores(), hostvars.get(host.id()).get("cores").asInt(), host.id());
            }
            for (SsiDomain domain : scenario.ssiDomains()) {
                JsonNode group = list.get("ssi_" + domain.id().replace('-', '_'));
                assertEquals(domain.members().size(), group.get("hosts").size(), domain.id());
            }
        }
    }

    @Test
    void kerrighedAndMosixExportsOfTheSamplesParseBackToTheirMembers(@TempDir Path dir) throws Exception {
        int domains = 0;
        for (Sample sample : Samples.all()) {
            Scenario scenario = sample.load();
            for (SsiKind kind : List.of(SsiKind.KERRIGHED, SsiKind.MOSIX)) {
                List<SsiDomain> ofKind = scenario.ssiDomains().stream().filter(d -> d.kind() == kind).toList();
                Path outDir = dir.resolve(kind.jsonName() + "-" + sample.stacking());
                int code = run("export", copy(sample, dir.resolve(Files.createDirectories(dir.resolve(
                        "in-" + kind + sample.stacking())))).toString(), "--to", kind.jsonName(), "--out",
                        outDir.toString());
                if (ofKind.isEmpty()) {
                    assertEquals(1, code, "nothing to export is refused");
                    continue;
                }
                assertEquals(0, code, err.toString());
                for (SsiDomain domain : ofKind) {
                    String file = kind == SsiKind.KERRIGHED ? "etc/kerrighed_nodes" : "etc/mosix/mosix.map";
                    String text = Files.readString(outDir.resolve(domain.id()).resolve(file));
                    var parsed = kind == SsiKind.KERRIGHED ? SsiNodeFiles.parseKerrighed(text)
                            : SsiNodeFiles.parseMosix(text);
                    assertEquals(domain.members(), new ArrayList<>(parsed.keySet()), domain.id());
                    domains++;
                }
            }
        }
        assertTrue(domains >= 4, "domains checked: " + domains);
    }

    @Test
    void anIdThatCannotBeANameExitsOneNamingIt(@TempDir Path dir) throws Exception {
        Scenario scenario = Samples.all().get(1).load();
        Vm bad = scenario.vms().get(0).withId("../../evil").withWorkload(Workload.idle());
        Path file = dir.resolve("bad.json");
        ScenarioFiles.save(scenario.withVms(List.of(bad)).withSsiDomains(List.of()).withApplications(List.of()), file);
        assertEquals(1, run("export", file.toString(), "--to", "libvirt", "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("/vms/0/id") && err.toString().contains("\"../../evil\""), err.toString());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written");
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void anUnknownFormatIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = copy(Samples.all().get(0), dir);
        assertEquals(2, run("export", file.toString(), "--to", "vmware", "--out", dir.toString()));
        assertTrue(err.toString().contains("unknown format \"vmware\""), err.toString());
    }
}
