package org.clustercomposer.app.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * Hosts reached over SSH (Apache MINA SSHD client): import reads /proc/cpuinfo, /proc/meminfo,
 * /etc/hostname and the NICs' speeds by SFTP (no remote shell command carries anything we read),
 * and the SSI state with the two fixed commands {@code krgadm nodes status} and
 * {@code mosctl status}; push writes a file by SFTP through a temporary file, a backup of the old
 * one and an atomic rename. Host keys are checked against a known_hosts file: an unknown or
 * changed key is refused with its fingerprint unless the user accepted that fingerprint. Key
 * files only: no password is asked for, sent or stored.
 */
public final class SshHosts {

    private static final Pattern NIC_NAME = Pattern.compile("[A-Za-z0-9._-]{1,15}");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Path knownHosts;
    private final List<Path> identities;
    private final Set<String> acceptedFingerprints;

    /**
     * @param knownHosts           the known_hosts file (~/.ssh/known_hosts); an accepted key is added to it
     * @param identities           private key files (unencrypted); empty means ~/.ssh/id_ed25519, id_ecdsa, id_rsa
     * @param acceptedFingerprints fingerprints ("SHA256:...") the user accepted for hosts not yet known
     */
    public SshHosts(Path knownHosts, List<Path> identities, Set<String> acceptedFingerprints) {
        this.knownHosts = knownHosts;
        this.identities = List.copyOf(identities);
        this.acceptedFingerprints = Set.copyOf(acceptedFingerprints);
    }

    public static SshHosts forUser(List<Path> identities, Set<String> acceptedFingerprints) {
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        return new SshHosts(ssh.resolve("known_hosts"), identities, acceptedFingerprints);
    }

    public static boolean isSshUri(String uri) {
        return uri.startsWith("ssh://");
    }

    /** Reads a host's CPUs, speed, memory, NICs and SSI state. */
    public LiveHost read(String uri) throws LiveHostException {
        Target target = Target.parse(uri);
        try (Connection c = connect(target)) {
            String cpuinfo = c.readFile("/proc/cpuinfo");
            String meminfo = c.readFile("/proc/meminfo");
            String hostname = c.readFileOr("/etc/hostname", target.host()).strip();
            List<LiveHost.Nic> nics = new ArrayList<>();
            for (String nic : c.list("/sys/class/net")) {
                if (!NIC_NAME.matcher(nic).matches() || nic.equals("lo")) {
                    continue;
                }
                String speed = c.readFileOr("/sys/class/net/" + nic + "/speed", "").strip();
                double mbps = speed.matches("\\d+") ? Double.parseDouble(speed) : 0;
                nics.add(new LiveHost.Nic(nic, LiveHost.Nic.bytesPerSecond(mbps)));
            }
            String ssi = c.ssiState();
            ProcFiles.Cpu cpu = ProcFiles.cpu(cpuinfo, uri);
            return new LiveHost(uri, hostname.isEmpty() ? target.host() : hostname, "", cpu.count(), cpu.hz(),
                    ProcFiles.memTotal(meminfo, uri), nics, null, List.of(), ssi);
        }
    }

    /** Writes {@code content} to {@code path} on the host: temporary file, backup of the old file, atomic rename. */
    public String write(String uri, String path, String content) throws LiveHostException {
        Target target = Target.parse(uri);
        try (Connection c = connect(target)) {
            return c.writeAtomically(path, content);
        }
    }

    /** The file's content, or empty when it does not exist. */
    public Optional<String> readIfPresent(String uri, String path) throws LiveHostException {
        Target target = Target.parse(uri);
        try (Connection c = connect(target)) {
            return c.exists(path) ? Optional.of(c.readFile(path)) : Optional.empty();
        }
    }

    public void remove(String uri, String path) throws LiveHostException {
        Target target = Target.parse(uri);
        try (Connection c = connect(target)) {
            c.remove(path);
        }
    }

    private Connection connect(Target target) throws LiveHostException {
        SshClient client = SshClient.setUpDefaultClient();
        HostKeyCheck check = new HostKeyCheck(target);
        client.setServerKeyVerifier(check::verify);
        client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        List<Path> keys = identities.isEmpty() ? defaultIdentities() : identities;
        client.setKeyIdentityProvider(new FileKeyPairProvider(keys));
        client.start();
        try {
            ClientSession session = client.connect(target.user(), target.host(), target.port())
                    .verify(TIMEOUT).getSession();
            try {
                session.auth().verify(TIMEOUT);
            } catch (IOException e) {
                session.close(true);
                if (check.refusal != null) {
                    throw new LiveHostException(target.uri() + ": " + check.refusal);
                }
                throw new LiveHostException(target.uri() + ": the host refused our keys for user \"" + target.user()
                        + "\" (" + (keys.isEmpty() ? "no key file found" : "tried " + keys) + ")");
            }
            return new Connection(client, session, target);
        } catch (IOException e) {
            client.stop();
            if (check.refusal != null) {
                throw new LiveHostException(target.uri() + ": " + check.refusal);
            }
            throw new LiveHostException(target.uri() + ": cannot connect (" + reason(e) + ")", e);
        } catch (LiveHostException e) {
            client.stop();
            throw e;
        }
    }

    private static List<Path> defaultIdentities() {
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        return List.of("id_ed25519", "id_ecdsa", "id_rsa").stream().map(ssh::resolve).filter(Files::isReadable).toList();
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /** Checks the server's key against known_hosts; an accepted unknown key is added there. */
    private final class HostKeyCheck {
        private final Target target;
        private String refusal;

        HostKeyCheck(Target target) {
            this.target = target;
        }

        boolean verify(ClientSession session, SocketAddress address, PublicKey key) {
            String fingerprint = KeyUtils.getFingerPrint(key);
            boolean sameTypeKnown = false;
            try {
                List<KnownHostEntry> entries = Files.exists(knownHosts) ? KnownHostEntry.readKnownHostEntries(knownHosts)
                        : List.of();
                for (KnownHostEntry entry : entries) {
                    if (!entry.isHostMatch(target.host(), target.port()) || entry.getKeyEntry() == null) {
                        continue;
                    }
                    PublicKey known = entry.getKeyEntry().resolvePublicKey(null, Collections.emptyMap(),
                            PublicKeyEntryResolver.IGNORING);
                    if (known == null) {
                        continue;
                    }
                    if (KeyUtils.compareKeys(known, key)) {
                        return true;
                    }
                    sameTypeKnown |= KeyUtils.getKeyType(known).equals(KeyUtils.getKeyType(key));
                }
            } catch (IOException | GeneralSecurityException e) {
                refusal = "cannot read " + knownHosts + " (" + e.getMessage() + ")";
                return false;
            }
            if (sameTypeKnown) {
                refusal = "the host key CHANGED: the server offers " + KeyUtils.getKeyType(key) + " " + fingerprint
                        + ", which differs from the key " + knownHosts + " holds for " + target.knownHostsName()
                        + ". Someone may be intercepting the connection; if the host was reinstalled, remove its"
                        + " line from " + knownHosts + " and accept the new key.";
                return false;
            }
            if (!acceptedFingerprints.contains(fingerprint)) {
                refusal = "unknown host key " + KeyUtils.getKeyType(key) + " " + fingerprint + " (not in " + knownHosts
                        + "); check it with the host's administrator, then accept it with --accept-host-key "
                        + fingerprint;
                return false;
            }
            try {
                Files.createDirectories(knownHosts.toAbsolutePath().getParent());
                String line = target.knownHostsName() + " " + PublicKeyEntry.toString(key) + "\n";
                Files.writeString(knownHosts, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                refusal = "cannot add the accepted key to " + knownHosts + " (" + e.getMessage() + ")";
                return false;
            }
            return true;
        }
    }

    /** {@code ssh://user@host[:port]}. */
    record Target(String uri, String user, String host, int port) {

        static Target parse(String uri) throws LiveHostException {
            try {
                URI u = new URI(uri);
                if (!"ssh".equals(u.getScheme()) || u.getHost() == null || u.getUserInfo() == null
                        || u.getUserInfo().contains(":")) {
                    throw new LiveHostException(uri + ": expected ssh://user@host[:port] (no password in the URI)");
                }
                return new Target(uri, u.getUserInfo(), u.getHost(), u.getPort() < 0 ? 22 : u.getPort());
            } catch (URISyntaxException e) {
                throw new LiveHostException(uri + ": not a valid URI (" + e.getReason() + ")");
            }
        }

        /** How known_hosts names it: "host", or "[host]:port" off port 22. */
        String knownHostsName() {
            return port == 22 ? host : "[" + host + "]:" + port;
        }
    }

    private static final class Connection implements AutoCloseable {
        private final SshClient client;
        private final ClientSession session;
        private final Target target;
        private final SftpClient sftp;

        Connection(SshClient client, ClientSession session, Target target) throws LiveHostException {
            this.client = client;
            this.session = session;
            this.target = target;
            try {
                this.sftp = SftpClientFactory.instance().createSftpClient(session);
            } catch (IOException e) {
                close();
                throw new LiveHostException(target.uri() + ": the host offers no SFTP (" + reason(e) + ")", e);
            }
        }

        String readFile(String path) throws LiveHostException {
            try (InputStream in = sftp.read(path)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new LiveHostException(target.uri() + ": cannot read " + path + " (" + reason(e) + ")", e);
            }
        }

        String readFileOr(String path, String fallback) {
            try {
                return readFile(path);
            } catch (LiveHostException e) {
                return fallback;
            }
        }

        List<String> list(String dir) {
            List<String> names = new ArrayList<>();
            try {
                for (SftpClient.DirEntry entry : sftp.readDir(dir)) {
                    if (!entry.getFilename().equals(".") && !entry.getFilename().equals("..")) {
                        names.add(entry.getFilename());
                    }
                }
            } catch (IOException e) {
                // No /sys/class/net (not Linux): NIC speeds stay unknown.
            }
            Collections.sort(names);
            return names;
        }

        /** What krgadm or mosctl says, or "" when neither is installed. */
        String ssiState() {
            for (String command : List.of("krgadm nodes status", "mosctl status")) {
                String out = exec(command);
                if (out != null) {
                    return command + ":\n" + out.strip();
                }
            }
            return "";
        }

        private String exec(String command) {
            try (ClientChannel channel = session.createExecChannel(command)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                channel.setOut(out);
                channel.setErr(OutputStream.nullOutputStream());
                channel.open().verify(TIMEOUT);
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
                Integer status = channel.getExitStatus();
                return status != null && status == 0 ? out.toString(StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                return null;
            }
        }

        boolean exists(String path) {
            try {
                sftp.stat(path);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        void remove(String path) throws LiveHostException {
            try {
                sftp.remove(path);
            } catch (IOException e) {
                throw new LiveHostException(target.uri() + ": cannot remove " + path + " (" + reason(e) + ")", e);
            }
        }

        String writeAtomically(String path, String content) throws LiveHostException {
            String temp = path + ".cluster-composer.tmp";
            String backup = path + ".bak";
            try {
                try (OutputStream out = sftp.write(temp)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                }
                boolean existed = exists(path);
                if (existed) {
                    try (InputStream in = sftp.read(path); OutputStream out = sftp.write(backup)) {
                        in.transferTo(out);
                    }
                }
                sftp.rename(temp, path, SftpClient.CopyMode.Atomic, SftpClient.CopyMode.Overwrite);
                return existed ? backup : null;
            } catch (IOException e) {
                try {
                    sftp.remove(temp);
                } catch (IOException ignored) {
                    // The temporary file may not exist; the target is untouched either way.
                }
                throw new LiveHostException(target.uri() + ": cannot write " + path + " (" + reason(e) + ")", e);
            }
        }

        @Override
        public void close() {
            try {
                if (sftp != null) {
                    sftp.close();
                }
                session.close(true);
            } catch (IOException e) {
                // Closing: nothing left to do.
            } finally {
                client.stop();
            }
        }
    }
}
