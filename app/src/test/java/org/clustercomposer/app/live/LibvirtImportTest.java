package org.clustercomposer.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.VmState;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import from real libvirt daemons (QEMU driver, domains running the bare-metal guest), checked against virsh. */
class LibvirtImportTest extends LibvirtLabTestBase {

    @BeforeEach
    void fromNothing() throws Exception {
        lab.clean();
    }

    /** virsh dominfo as key -> value. */
    private static Map<String, String> dominfo(int daemon, String name) throws Exception {
        Map<String, String> info = new HashMap<>();
        for (String line : lab.virsh(daemon, "dominfo", name).lines().toList()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                info.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return info;
    }

    @Test
    void threeDomainsImportAsVmsMatchingVirshDominfoWithAMeasuredDirtyRate(@TempDir Path dir) throws Exception {
        // libvirt's page sampling hashes 512 random pages per GiB: 12 to 24 pages of guests this small. With an
        // 8 MiB working set, no sampled page fell in it (so "no dirtying") for one guest in about 40 runs; a
        // working set of all but 8 MiB of the guest leaves that about 1 in 30,000 for the smallest one here.
        lab.define(0, lab.domainXml("web", 1, 32, 32, 24), true);
        lab.define(0, lab.domainXml("db", 2, 48, 32, 40), true);
        lab.define(0, lab.domainXml("batch", 1, 24, 0), false);
        lab.define(1, lab.domainXml("cache", 1, 24, 16, 16), true);
        // Let the guests boot and start writing (TCG on a loaded machine is slow); the measurement runs 2 s,
        // in which the guests write their working sets over 1.3 to 2.7 times.
        Thread.sleep(2000);
        Path file = dir.resolve("imported.json");

        assertEquals(0, cli("import", lab.uri(0), lab.uri(1), "--out", file.toString(), "--measure", "2"),
                err.toString());

        Scenario scenario = ScenarioFiles.load(file);
        assertEquals(List.of(), ScenarioValidator.validate(scenario), "a valid scenario");
        assertEquals(List.of("h1", "h2"), scenario.hosts().stream().map(h -> h.id()).toList());
        assertEquals(4, scenario.vms().size());
        Map<String, Integer> daemonOf = Map.of("web", 0, "db", 0, "batch", 0, "cache", 1);
        for (Vm vm : scenario.vms()) {
            int daemon = daemonOf.get(vm.id());
            Map<String, String> info = dominfo(daemon, vm.id());
            assertEquals(Integer.parseInt(info.get("CPU(s)")), vm.vcpus(), vm.id());
            assertEquals(info.get("Max memory"), (long) (vm.memory() / 1024) + " KiB", vm.id());
            assertEquals(info.get("State").equals("running") ? VmState.RUNNING : VmState.SHUT_OFF, vm.state(), vm.id());
            assertEquals(daemon == 0 ? "h1" : "h2", vm.placedOn());
            if (vm.isRunning()) {
                assertTrue(vm.workload().dirtyRate() > 0, vm.id() + " has a measured dirty rate: " + vm.workload());
            } else {
                assertEquals(0, vm.workload().dirtyRate(), "nothing to measure on a stopped domain");
            }
        }
        Map<String, String> node = new HashMap<>();
        lab.virsh(0, "nodeinfo").lines().forEach(l -> {
            int c = l.indexOf(':');
            if (c > 0) {
                node.put(l.substring(0, c).strip(), l.substring(c + 1).strip());
            }
        });
        assertEquals(Integer.parseInt(node.get("CPU(s)")), scenario.hosts().get(0).cores());
        assertEquals(node.get("Memory size"), (long) (scenario.hosts().get(0).memory() / 1024) + " KiB");
    }

    @Test
    void anUnreachableUriAndAHostWithMalformedXmlAreReportedAndTheOthersStillImport(@TempDir Path dir)
            throws Exception {
        lab.define(0, lab.domainXml("solo", 1, 16, 0), false);
        // libvirt's test driver reads the host from this file: a host whose description is broken XML.
        Path broken = dir.resolve("broken-host.xml");
        Files.writeString(broken, "<node><domain type='test'><name>x</name><memory>1</memory>\n</node>");
        Path file = dir.resolve("partial.json");

        int code = cli("import", "qemu+unix:///session?socket=" + dir.resolve("no-daemon.sock"),
                "test://" + broken.toAbsolutePath(), lab.uri(0), "--out", file.toString(), "--measure", "0");

        assertEquals(1, code, err.toString());
        String said = err.toString();
        assertTrue(said.contains("no-daemon.sock: cannot connect"), said);
        assertTrue(said.contains(broken.getFileName().toString()) && said.toLowerCase().contains("xml"), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), "no stack trace: " + said);
        Scenario scenario = ScenarioFiles.load(file);
        assertEquals(List.of("h3"), scenario.hosts().stream().map(h -> h.id()).toList(), "the third URI is h3");
        assertEquals("solo", scenario.vms().get(0).id());
    }

    @Test
    void noReadableHostWritesNothingAndExitsOne(@TempDir Path dir) {
        Path file = dir.resolve("none.json");
        assertEquals(1, cli("import", "qemu+unix:///session?socket=" + dir.resolve("x.sock"), "--out", file.toString()));
        assertTrue(err.toString().contains("nothing written"), err.toString());
        assertFalse(Files.exists(file));
    }
}
