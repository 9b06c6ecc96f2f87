package org.clustercomposer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

class ExportsTest {

    private static final double GIB = 1L << 30;

    private static Scenario scenario(String vmId, String vmName) {
        Host h1 = new Host("h1", "node-1", 16, 2.4e9, 64 * GIB, 1.25e9, 100, 250, Hypervisor.kvm());
        Host h2 = new Host("h2", "node-2", 8, 2.0e9, 32 * GIB, 1.25e9, 100, 250, null);
        Vm vm = new Vm(vmId, vmName, 4, 8 * GIB, 40 * GIB, "h1", Workload.idle());
        Vm vm2 = new Vm("vm2", "db", 2, 3 * GIB + 512, 0, "h1", Workload.idle());
        return Scenario.empty("t & \"q\"").withHosts(List.of(h1, h2))
                .withSwitches(List.of(new NetworkSwitch("tor-1", "rack 1", 48, 1e11)))
                .withLinks(List.of(new Link("l1", "h1", "tor-1", 1.25e9, 0), new Link("l2", "h2", "tor-1", 1.25e9, 0)))
                .withVms(List.of(vm, vm2))
                .withSsiDomains(List.of(new SsiDomain("krg", "k", SsiKind.KERRIGHED, List.of(vmId, "vm2"), 0.3, 0.02),
                        new SsiDomain("mos", "m", SsiKind.MOSIX, List.of("h1", "h2"), 0, 0)));
    }

    @Test
    void libvirtDomainHoldsVcpusMemoryDiskInterfaceAndEscapedTitle() throws Exception {
        List<ExportedFile> files = Exports.export(scenario("vm1", "web <1> & \"x\"\nnext"), ExportTarget.LIBVIRT);
        assertEquals(List.of("vm1.xml", "vm2.xml"), files.stream().map(ExportedFile::path).toList());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(files.get(0).content())));
        assertEquals("kvm", doc.getDocumentElement().getAttribute("type"));
        assertEquals("vm1", text(doc, "name"));
        assertEquals("web <1> & \"x\" next", text(doc, "title"));
        assertEquals("4", text(doc, "vcpu"));
        assertEquals(String.valueOf(8L << 20), text(doc, "memory"));
        assertEquals(1, doc.getElementsByTagName("disk").getLength());
        assertEquals(1, doc.getElementsByTagName("interface").getLength());
        // 3 GiB + 512 B rounds up to the next KiB: never less memory than designed.
        assertTrue(files.get(1).content().contains("<memory unit=\"KiB\">" + ((3L << 20) + 1) + "</memory>"));
        assertFalse(files.get(1).content().contains("<disk"), "no disk when the VM has none");
    }

    private static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void idsThatCannotBeNamesAreRefusedNamingThem() {
        for (String bad : List.of("../etc/passwd", "a b", "x;rm -rf", "-lead", "ünï")) {
            ExportRefusedException e = assertThrows(ExportRefusedException.class,
                    () -> Exports.export(scenario(bad, "n"), ExportTarget.LIBVIRT));
            assertEquals("/vms/0/id", e.problems().get(0).path(), e.getMessage());
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
        assertThrows(ExportRefusedException.class, () -> Exports.export(scenario("a,b", "n"), ExportTarget.SLURM));
        assertThrows(ExportRefusedException.class, () -> Exports.export(scenario("a:b", "n"), ExportTarget.KERRIGHED));
    }

    @Test
    void aVmOnAnUnknownHypervisorIsRefused() {
        Scenario base = scenario("vm1", "n");
        Scenario s = base.withHosts(List.of(base.hosts().get(0).withHypervisor(new Hypervisor("cardboard", 0, 0)),
                base.hosts().get(1)));
        ExportRefusedException e = assertThrows(ExportRefusedException.class,
                () -> Exports.export(s, ExportTarget.LIBVIRT));
        assertTrue(e.getMessage().contains("cardboard"), e.getMessage());
    }

    @Test
    void ansibleInventoryGroupsBySwitchSsiAndHypervisorWithHostVariables() throws Exception {
        String yaml = Exports.export(scenario("vm1", "web: 1 # not a comment"), ExportTarget.ANSIBLE).get(0).content();
        JsonNode all = new ObjectMapper(new YAMLFactory()).readTree(yaml).get("all");
        JsonNode children = all.get("children");
        assertEquals(16, children.get("physical").get("hosts").get("h1").get("cores").asInt());
        assertEquals(65536, children.get("physical").get("hosts").get("h1").get("memory_mib").asInt());
        assertEquals("web: 1 # not a comment",
                children.get("virtual").get("hosts").get("vm1").get("display_name").asText());
        assertEquals("head", children.get("virtual").get("hosts").get("vm1").get("ssi_role").asText());
        assertTrue(children.get("switch_tor_1").get("hosts").has("h2"));
        assertTrue(children.get("ssi_krg").get("hosts").has("vm2"));
        assertTrue(children.get("hypervisor_kvm").get("hosts").has("h1"));
        assertTrue(children.get("bare_metal").get("hosts").has("h2"));
        assertEquals("t & \"q\"", all.get("vars").get("cluster_composer_scenario").asText());
    }

    @Test
    void ansibleGroupsThatCollideAreRefused() {
        Scenario s = scenario("vm1", "n");
        Scenario clash = s.withSwitches(List.of(new NetworkSwitch("a-b", "", 8, 1e9), new NetworkSwitch("a_b", "", 8, 1e9)));
        ExportRefusedException e = assertThrows(ExportRefusedException.class,
                () -> Exports.export(clash, ExportTarget.ANSIBLE));
        assertTrue(e.getMessage().contains("switch_a_b"), e.getMessage());
    }

    @Test
    void slurmHasNodesForBareMetalHostsAndVmsAndPartitions() throws Exception {
        String conf = Exports.export(scenario("vm1", "n"), ExportTarget.SLURM).get(0).content();
        assertTrue(conf.contains("NodeName=h2 CPUs=8 RealMemory=32768 "), conf);
        assertTrue(conf.contains("NodeName=vm1 CPUs=4 RealMemory=8192 "), conf);
        assertFalse(conf.contains("NodeName=h1 "), "a virtualized host is the VMs' hypervisor, not a node: " + conf);
        assertTrue(conf.contains("PartitionName=ssi_krg Nodes=vm1,vm2 Default=NO"), conf);
        assertTrue(conf.contains("PartitionName=rack_tor-1 Nodes=vm1,vm2,h2 Default=NO"), conf);
        assertTrue(conf.contains("PartitionName=all Nodes=h2,vm1,vm2 Default=YES"), conf);
    }

    @Test
    void kerrighedAndMosixFilesParseBackToTheSameNodes() throws Exception {
        Scenario s = scenario("vm1", "n");
        ExportedFile krg = Exports.export(s, ExportTarget.KERRIGHED).get(0);
        assertEquals("krg/etc/kerrighed_nodes", krg.path());
        assertTrue(krg.content().startsWith("session=1\nnbmin=2\n"), krg.content());
        assertEquals(Map.of("vm1", 1, "vm2", 2), SsiNodeFiles.parseKerrighed(krg.content()));
        ExportedFile mosix = Exports.export(s, ExportTarget.MOSIX).get(0);
        assertEquals("mos/etc/mosix/mosix.map", mosix.path());
        assertEquals(List.of("h1", "h2"), List.copyOf(SsiNodeFiles.parseMosix(mosix.content()).keySet()));
    }

    @Test
    void aScenarioWithoutThatSsiKindIsRefused() {
        Scenario s = scenario("vm1", "n").withSsiDomains(List.of());
        ExportRefusedException e = assertThrows(ExportRefusedException.class,
                () -> Exports.export(s, ExportTarget.KERRIGHED));
        assertTrue(e.getMessage().contains("no Kerrighed SSI domain"), e.getMessage());
    }
}
