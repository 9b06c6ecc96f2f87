package org.clustercomposer.app.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.command.AbstractCommandSupport;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SSH server (Apache MINA SSHD) on 127.0.0.1, an ephemeral port, serving a virtual file
 * system rooted in a test directory (a Linux host's /proc, /etc and /sys), answering
 * {@code krgadm nodes status} when the test says so, and letting in one key only.
 */
final class EmbeddedSshHost implements AutoCloseable {

    final Path root;
    final KeyPair hostKey;
    private final SshServer server;

    EmbeddedSshHost(Path root, PublicKey allowedClientKey, Map<String, String> commands) throws Exception {
        this.root = root;
        this.hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(session -> List.of(hostKey));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setPublickeyAuthenticator((user, key, session) -> user.equals("admin")
                && KeyUtils.compareKeys(key, allowedClientKey));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setCommandFactory((channel, command) -> new Reply(command, commands.get(command)));
        server.start();
    }

    /** A Linux host with 8 CPUs at 2.5 GHz, 16 GiB, one 10 Gbit/s NIC and a virtual one of unknown speed. */
    static void linuxFiles(Path root) throws IOException {
        StringBuilder cpuinfo = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            cpuinfo.append("processor\t: ").append(i).append("\nmodel name\t: Test CPU\ncpu MHz\t\t: 2500.000\n\n");
        }
        write(root, "proc/cpuinfo", cpuinfo.toString());
        write(root, "proc/meminfo", "MemTotal:       16777216 kB\nMemFree:         1000000 kB\n");
        write(root, "etc/hostname", "node-7\n");
        write(root, "sys/class/net/eth0/speed", "10000\n");
        write(root, "sys/class/net/veth1/speed", "-1\n");
        write(root, "sys/class/net/lo/speed", "");
    }

    static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    String uri() {
        return "ssh://admin@127.0.0.1:" + server.getPort();
    }

    int port() {
        return server.getPort();
    }

    String fingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** The known_hosts line that trusts this server. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n";
    }

    /** Writes a client key pair as an OpenSSH private key file. */
    static Path writeKey(KeyPair pair, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "test", null, out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** Answers one exec request with fixed text, or exit 127 (command not found). */
    private static final class Reply extends AbstractCommandSupport {
        private final String text;

        Reply(String command, String text) {
            super(command, null);
            this.text = text;
        }

        @Override
        public void run() {
            try {
                if (text != null) {
                    getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
                    getOutputStream().flush();
                }
                onExit(text == null ? 127 : 0);
            } catch (IOException e) {
                onExit(1, e.getMessage());
            }
        }
    }
}
