package org.clustercomposer.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.clustercomposer.app.cli.Cli;
import org.clustercomposer.export.SsiNodeFiles;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSH import and push against an embedded MINA SSHD server, host keys checked against known_hosts. */
class SshHostsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private KeyPair clientKey;
    private Path identity;
    private Path knownHosts;
    private EmbeddedSshHost host;

    @BeforeEach
    void server() throws Exception {
        clientKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        identity = EmbeddedSshHost.writeKey(clientKey, dir.resolve("id_ecdsa"));
        knownHosts = dir.resolve("known_hosts");
        Path root = Files.createDirectories(dir.resolve("fs"));
        EmbeddedSshHost.linuxFiles(root);
        host = new EmbeddedSshHost(root, clientKey.getPublic(),
                Map.of("krgadm nodes status", "1:online\n2:online\n"));
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    private int cli(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String[] withSsh(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--identity";
        all[args.length + 1] = identity.toString();
        all[args.length + 2] = "--known-hosts";
        all[args.length + 3] = knownHosts.toString();
        return all;
    }

    @Test
    void anUnknownHostKeyIsRefusedWithItsFingerprintUntilAcceptedThenTheHostImports() throws Exception {
        Path file = dir.resolve("ssh.json");
        assertEquals(1, cli(withSsh("import", host.uri(), "--out", file.toString())));
        assertTrue(err.toString().contains("unknown host key") && err.toString().contains(host.fingerprint()),
                err.toString());
        assertTrue(err.toString().contains("--accept-host-key " + host.fingerprint()), err.toString());
        assertFalse(Files.exists(file));
        assertFalse(err.toString().contains("Exception"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(0, cli(withSsh("import", host.uri(), "--out", file.toString(), "--accept-host-key",
                host.fingerprint())), err.toString());
        assertTrue(Files.readString(knownHosts).contains("[127.0.0.1]:" + host.port() + " ecdsa-sha2-nistp256 "),
                "the accepted key is remembered");
        Host h = ScenarioFiles.load(file).hosts().get(0);
        assertEquals("node-7", h.name());
        assertEquals(8, h.cores());
        assertEquals(2.5e9, h.coreSpeed());
        assertEquals(16.0 * (1L << 30), h.memory());
        assertEquals(10e9 / 8, h.nicBandwidth(), "the 10 Gbit/s NIC; the virtual one's -1 is unknown, not a speed");
        assertTrue(ScenarioFiles.load(file).description().contains("krgadm nodes status"),
                ScenarioFiles.load(file).description());

        err.getBuffer().setLength(0);
        assertEquals(0, cli(withSsh("import", host.uri(), "--out", file.toString())), "known now: " + err);
    }

    @Test
    void aChangedHostKeyIsRefusedEvenWhenItsFingerprintIsOffered() throws Exception {
        KeyPair other = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        Files.writeString(knownHosts, "[127.0.0.1]:" + host.port() + " "
                + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(other.getPublic()) + "\n");
        assertEquals(1, cli(withSsh("import", host.uri(), "--out", dir.resolve("x.json").toString(),
                "--accept-host-key", host.fingerprint())));
        assertTrue(err.toString().contains("host key CHANGED") && err.toString().contains(host.fingerprint()),
                err.toString());
    }

    @Test
    void refusedCredentialsSayWhichUserAndKeys() throws Exception {
        Files.writeString(knownHosts, host.knownHostsLine());
        Path wrong = EmbeddedSshHost.writeKey(KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256),
                dir.resolve("id_wrong"));
        assertEquals(1, cli("import", host.uri(), "--out", dir.resolve("x.json").toString(), "--identity",
                wrong.toString(), "--known-hosts", knownHosts.toString()));
        assertTrue(err.toString().contains("refused our keys for user \"admin\""), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void pushWritesTheKerrighedNodesFileBySftpWithABackupAndOnlyWhenItDiffers() throws Exception {
        Files.writeString(knownHosts, host.knownHostsLine());
        EmbeddedSshHost.write(host.root, "etc/kerrighed_nodes", "session=9\nnbmin=1\nold:1:eth0\n");
        Host h1 = new Host("h1", "node-7", 8, 2.5e9, 16.0 * (1L << 30), 1.25e9, 100, 250, null);
        Host h2 = h1.withId("h2").withName("node-8");
        Scenario design = Scenario.empty("krg").withHosts(List.of(h1, h2))
                .withSwitches(List.of(new NetworkSwitch("sw", "sw", 8, 1e10)))
                .withLinks(List.of(new Link("l1", "h1", "sw", 1.25e9, 0), new Link("l2", "h2", "sw", 1.25e9, 0)))
                .withSsiDomains(List.of(
                new SsiDomain("krg", "krg", SsiKind.KERRIGHED, List.of("h1", "h2"), 0.3, 0.02)));
        Path file = dir.resolve("krg.json");
        ScenarioFiles.save(design, file);

        assertEquals(0, cli(withSsh("push", file.toString(), "--to", "h1=" + host.uri(), "--dry-run")), err.toString());
        assertTrue(out.toString().contains("1. write /etc/kerrighed_nodes on h1 (kerrighed domain krg)"), out.toString());
        assertEquals("session=9\nnbmin=1\nold:1:eth0\n", Files.readString(host.root.resolve("etc/kerrighed_nodes")));

        assertEquals(0, cli(withSsh("push", file.toString(), "--to", "h1=" + host.uri(), "--yes")), err.toString());
        String written = Files.readString(host.root.resolve("etc/kerrighed_nodes"));
        assertEquals(Map.of("h1", 1, "h2", 2), SsiNodeFiles.parseKerrighed(written));
        assertEquals("session=9\nnbmin=1\nold:1:eth0\n", Files.readString(host.root.resolve("etc/kerrighed_nodes.bak")));
        try (var files = Files.list(host.root.resolve("etc"))) {
            assertEquals(List.of("hostname", "kerrighed_nodes", "kerrighed_nodes.bak"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }

        out.getBuffer().setLength(0);
        assertEquals(0, cli(withSsh("push", file.toString(), "--to", "h1=" + host.uri(), "--dry-run")));
        assertTrue(out.toString().contains("the live hosts already match the design"), out.toString());
    }

    @Test
    void anUnreachableSshHostIsAClearMessage() {
        assertEquals(1, cli(withSsh("import", "ssh://admin@127.0.0.1:1", "--out", dir.resolve("x.json").toString())));
        assertTrue(err.toString().contains("ssh://admin@127.0.0.1:1: cannot connect"), err.toString());
    }
}
