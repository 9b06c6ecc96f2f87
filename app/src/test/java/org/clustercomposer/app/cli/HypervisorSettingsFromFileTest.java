package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A scenario's hypervisor migration settings reach the commands that read the file: migration-cost --scenario/--host
 * prices a move as the flags would, drain uses them, validate and drain name an unreadable profile by its JSON path.
 */
class HypervisorSettingsFromFileTest {

    private static final Path LAB_PROFILE = Path.of("..", "model", "src", "test", "resources", "migration-lab",
            "lab-profile.json");
    private static final String DESIGN = """
            {"format": "cluster-composer-scenario", "version": 2, "name": "two hosts",
             "hosts": [
              {"id": "h1", "cores": 16, "coreSpeed": "2.4 GHz", "memory": "64 GiB", "nicBandwidth": "10 Gbit/s",
               "idlePower": "100 W", "peakPower": "200 W",
               "hypervisor": {"kind": "kvm", "migration": {"maxBandwidth": "512 MiB/s", "downtimeLimit": "100 ms",
                              "autoConverge": true, "profile": "PROFILE"}}},
              {"id": "h2", "cores": 16, "coreSpeed": "2.4 GHz", "memory": "64 GiB", "nicBandwidth": "10 Gbit/s",
               "idlePower": "100 W", "peakPower": "200 W", "hypervisor": {"kind": "kvm"}}],
             "switches": [{"id": "sw", "ports": 48, "bandwidth": "1 Tbit/s"}],
             "links": [{"id": "l1", "from": "h1", "to": "sw", "bandwidth": "10 Gbit/s"},
                       {"id": "l2", "from": "h2", "to": "sw", "bandwidth": "10 Gbit/s"}],
             "storages": [{"id": "nas", "capacity": "10 TiB", "bandwidth": "10 Gbit/s"}],
             "vms": [{"id": "vm1", "vcpus": 2, "memory": "4 GiB", "placedOn": "h1",
                      "workload": {"dirtyRate": "50 MiB/s", "writableWorkingSet": "256 MiB", "residentMemory": "2 GiB"}}]}
            """;

    /** One VM's move, priced as JSON; the tests add where its settings come from. */
    private static final String[] MOVE = {"migration-cost", "--memory", "4GiB", "--non-zero-memory", "2GiB",
            "--dirty-rate", "50MiB/s", "--working-set", "256MiB", "--bandwidth", "10Gbit/s", "--format", "json"};

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path design(String profile) throws Exception {
        Path file = dir.resolve("design.json");
        Files.writeString(file, DESIGN.replace("PROFILE", profile));
        return file;
    }

    @BeforeEach
    void profileBesideTheDesign() throws Exception {
        Files.copy(LAB_PROFILE, dir.resolve("lab.json"));
    }

    private double total(String... args) throws Exception {
        assertEquals(0, run(args), err.toString());
        return new ObjectMapper().readTree(out.toString()).get("totalSeconds").asDouble();
    }

    @Test
    void migrationCostTakesTheSourceHostsSettingsAndProfileFromTheFile() throws Exception {
        Path file = design("lab.json");
        double fromFile = total(concat(MOVE, "--scenario", file.toString(), "--host", "h1"));
        double fromFlags = total(concat(MOVE, "--max-bandwidth", "512MiB/s", "--downtime-limit", "100ms",
                "--auto-converge", "--profile", dir.resolve("lab.json").toString()));
        assertEquals(fromFlags, fromFile, 1e-9);
        double defaults = total(MOVE);
        assertTrue(Math.abs(defaults - fromFile) > 0.5, "128 MiB/s built-in " + defaults + " vs file " + fromFile);
        // A flag given on the command line wins over the file.
        double overridden = total(concat(MOVE, "--scenario", file.toString(), "--host", "h1", "--max-bandwidth",
                "32MiB/s"));
        assertTrue(overridden > 3 * fromFile, overridden + " vs " + fromFile);
    }

    @Test
    void aHostWithoutACapIsPricedAsLibvirtRunsItAsDrainDoes() throws Exception {
        Path file = design("lab.json");
        double fromFile = total(concat(MOVE, "--scenario", file.toString(), "--host", "h2"));
        assertTrue(out.toString().contains("max-bandwidth unset: uncapped, as libvirt runs QEMU"),
                "h2 sets no cap: libvirt lifts QEMU's, said so: " + out);
        assertEquals(total(concat(MOVE, "--max-bandwidth", "0")), fromFile, 1e-9);
        assertTrue(total(MOVE) > 2 * fromFile, "a bare QEMU keeps its 128 MiB/s cap");
    }

    @Test
    void drainPricesTheMoveWithTheSourceHostsSettings() throws Exception {
        Path file = design("lab.json");
        assertEquals(0, run("drain", file.toString(), "h1", "--format", "json"), err.toString());
        String text = new ObjectMapper().readTree(out.toString()).get("moves").get(0).get("explanation").asText();
        assertTrue(text.contains("downtime limit = 100 ms"), text);
        assertTrue(text.contains("profile: migration lab loopback"), text);
        assertTrue(text.contains("hypervisor cap (max-bandwidth) = 512 MiB/s"), text);
    }

    @Test
    void anUnreadableProfileIsNamedByFileAndJsonPathAndNoNumbersAreComputed() throws Exception {
        Path file = design("nowhere.json");
        assertEquals(Cli.INVALID_INPUT, run("drain", file.toString(), "h1"));
        assertTrue(err.toString().contains(file + ": /hosts/0/hypervisor/migration/profile: profile "), err.toString());
        assertTrue(err.toString().contains("nowhere.json cannot be read"), err.toString());
        assertFalse(err.toString().contains("Exception\n\tat"), "no stack trace");
        assertEquals(1, run("validate", file.toString()));
        assertTrue(out.toString().contains("/hosts/0/hypervisor/migration/profile"), out.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
