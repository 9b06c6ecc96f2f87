package org.clustercomposer.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.export.LibvirtDomains;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.VmState;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.topology.Host;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push against two real libvirt daemons: the dry run lists exactly the changes, applying makes the
 * live state match (virsh list --all, virsh dumpxml), a failure on the last step rolls every step
 * back, including a real live migration between the two daemons.
 */
class LibvirtPushTest extends LibvirtLabTestBase {

    private static final double MIB = 1 << 20;
    /** h1: web (running), db (shut off), old (running, not in the design); h2: cache (running). */
    @BeforeEach
    void liveState() throws Exception {
        lab.clean();
        lab.define(0, lab.domainXml("web", 1, 32, 4), true);
        lab.define(0, lab.domainXml("db", 1, 32, 0), false);
        lab.define(0, lab.domainXml("old", 1, 16, 0), true);
        lab.define(1, lab.domainXml("cache", 1, 16, 0), true);
    }

    /** The imported design, changed: web to h2, db resized, cache stopped, fresh added, old dropped. */
    private Scenario changedDesign(Path dir) throws Exception {
        Path imported = dir.resolve("imported.json");
        assertEquals(0, cli("import", lab.uri(0), lab.uri(1), "--out", imported.toString(), "--measure", "0"),
                err.toString());
        Scenario s = ScenarioFiles.load(imported);
        List<Vm> vms = new ArrayList<>();
        for (Vm vm : s.vms()) {
            switch (vm.id()) {
                case "web" -> vms.add(vm.withPlacedOn("h2"));
                case "db" -> vms.add(vm.withVcpus(2).withMemory(48 * MIB));
                case "cache" -> vms.add(vm.withState(VmState.SHUT_OFF));
                case "old" -> { }
                default -> vms.add(vm);
            }
        }
        vms.add(new Vm("fresh", "fresh", 1, 16 * MIB, 0, "h1", Workload.idle(), VmState.SHUT_OFF));
        return s.withVms(vms);
    }

    /** Every domain of both daemons: virsh list --all and each persistent definition. */
    private static Map<String, String> liveSnapshot() throws Exception {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (int d = 0; d < 2; d++) {
            snapshot.put("list " + d, String.join("\n", lab.list(d)));
            for (String line : lab.list(d)) {
                String name = line.split(" ")[0];
                snapshot.put("xml " + d + " " + name, lab.virsh(d, "dumpxml", "--inactive", name));
            }
        }
        return snapshot;
    }

    private static List<String> planLines(String output) {
        return output.lines().filter(l -> l.matches("\\s+\\d+\\. .*")).map(l -> l.strip().replaceFirst("^\\d+\\. ", ""))
                .map(l -> l.replaceFirst(" \\(predicted: .*\\)$", " (predicted)")).toList();
    }

    @Test
    void dryRunListsExactlyTheChangesAndApplyingMakesTheLiveStateMatch(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("design.json");
        ScenarioFiles.save(changedDesign(dir), design);
        Map<String, String> before = liveSnapshot();
        out.getBuffer().setLength(0);

        assertEquals(0, cli("push", design.toString(), "--to", lab.uri(0), lab.uri(1), "--dry-run"), err.toString());

        assertEquals(List.of("stop cache on h2", "change db on h1: vCPUs 1 -> 2 memory 32 MiB -> 48 MiB",
                "migrate web from h1 to h2 (predicted)", "define fresh on h1"), planLines(out.toString()), out.toString());
        assertTrue(out.toString().contains("left alone: old on h1: not in the design"), out.toString());
        assertTrue(out.toString().matches("(?s).*migrate web from h1 to h2 \\(predicted: [0-9.]+ m?s, .* down, .* sent\\).*"),
                out.toString());
        assertEquals(before, liveSnapshot(), "a dry run changes nothing");

        out.getBuffer().setLength(0);
        assertEquals(1, cli("push", design.toString(), "--to", lab.uri(0), lab.uri(1)), "not confirmed");
        assertTrue(err.toString().contains("--yes"), err.toString());
        assertEquals(before, liveSnapshot(), "unconfirmed: nothing changed");

        out.getBuffer().setLength(0);
        assertEquals(0, cli("push", design.toString(), "--to", lab.uri(0), lab.uri(1), "--yes", "--interface", "user"),
                err.toString() + out);

        assertEquals(List.of("db shut off", "fresh shut off", "old running"), lab.list(0));
        assertEquals(List.of("cache shut off", "web running"), lab.list(1));
        String db = lab.virsh(0, "dumpxml", "db");
        assertTrue(db.contains("<memory unit='KiB'>49152</memory>") && db.contains(">2</vcpu>"), db);
        assertTrue(out.toString().contains("step 3/4: migrate web from h1 to h2") && out.toString().contains("pushed: 4 steps"),
                out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, cli("push", design.toString(), "--to", lab.uri(0), lab.uri(1), "--dry-run"));
        assertTrue(out.toString().contains("the live hosts already match the design"), out.toString());
    }

    @Test
    void aNameClashOnTheLastStepRollsEveryStepBackIncludingALiveMigration(@TempDir Path dir) throws Exception {
        Scenario design = changedDesign(dir);
        Map<String, LibvirtHost> hosts = new LinkedHashMap<>();
        try {
            Map<String, LiveHost> live = new LinkedHashMap<>();
            for (int d = 0; d < 2; d++) {
                LibvirtHost host = LibvirtHost.open(lab.uri(d));
                hosts.put("h" + (d + 1), host);
                live.put("h" + (d + 1), host.read(0, () -> false));
            }
            PushPlan plan = new PushPlanner(new LibvirtDomains.Interface("user", "")).plan(design, live);
            assertEquals("define fresh on h1", plan.steps().get(plan.steps().size() - 1).describe());
            // Someone defines "fresh" on h1 between the plan and its run: the last step clashes.
            lab.define(0, lab.domainXml("fresh", 1, 16, 0), false);
            Map<String, String> before = liveSnapshot();
            List<String> log = new ArrayList<>();

            PushRunner.Outcome outcome = PushRunner.run(plan, new Connections(hosts, Map.of(), null),
                    (line, fraction) -> log.add(line));

            assertFalse(outcome.succeeded());
            assertEquals(3, outcome.stepsDone());
            assertTrue(outcome.failure().contains("fresh"), outcome.failure());
            assertEquals(List.of(), outcome.rollbackFailures());
            assertEquals(before, liveSnapshot(), "the live state is exactly as before the push");
            assertTrue(log.contains("rolled back: migrate web from h1 to h2 (predicted: "
                    + ((PushStep.Migrate) plan.steps().get(2)).predicted() + ")"), String.join("\n", log));
            assertEquals(4 * 2 + 3, log.size(), "each step logged when it starts and ends, each undo once: " + log);
        } finally {
            hosts.values().forEach(LibvirtHost::close);
        }
    }

    @Test
    void aDesignTheHostsCannotHoldIsRefusedAndChangesNothing(@TempDir Path dir) throws Exception {
        Scenario s = changedDesign(dir);
        List<Vm> vms = new ArrayList<>(s.vms());
        vms.add(new Vm("huge", "huge", 512, 1L << 40, 0, "h2", Workload.idle()));
        // The design believes h2 is big enough (so the file is valid); the live host is not.
        List<Host> hosts = s.hosts().stream().map(h -> h.id().equals("h2") ? h.withCores(1024).withMemory(2.0 * (1L << 40))
                : h).toList();
        Path design = dir.resolve("huge.json");
        ScenarioFiles.save(s.withVms(vms).withHosts(hosts), design);
        Map<String, String> before = liveSnapshot();
        err.getBuffer().setLength(0);

        assertEquals(1, cli("push", design.toString(), "--to", lab.uri(0), lab.uri(1), "--yes"));

        String said = err.toString();
        assertTrue(said.contains("cannot push: huge: 512 vCPUs, but h2"), said);
        assertTrue(said.contains("cannot push: h2 (") && said.contains("cannot hold the design"), said);
        assertFalse(said.contains("Exception"), said);
        assertEquals(before, liveSnapshot());
    }

    @Test
    void anUnreachableHostStopsThePushBeforeAnyChange(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("design.json");
        ScenarioFiles.save(changedDesign(dir), design);
        Map<String, String> before = liveSnapshot();
        err.getBuffer().setLength(0);
        assertEquals(1, cli("push", design.toString(), "--to", lab.uri(0),
                "qemu+unix:///session?socket=" + dir.resolve("gone.sock"), "--yes"));
        assertTrue(err.toString().contains("h2: qemu+unix:///session?socket=") && err.toString().contains("cannot connect"),
                err.toString());
        assertEquals(before, liveSnapshot());
    }
}
