package org.clustercomposer.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clustercomposer.app.live.SshHosts;

import picocli.CommandLine.Option;

/** The SSH options import and push share: keys, known_hosts, accepted host keys. No password option, ever. */
final class SshOptions {

    @Option(names = "--identity", paramLabel = "FILE", description = "private key file for ssh:// hosts "
            + "(repeatable; default ~/.ssh/id_ed25519, id_ecdsa, id_rsa)")
    List<Path> identities = new ArrayList<>();

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "known_hosts file (default ~/.ssh/known_hosts)")
    Path knownHosts;

    @Option(names = "--accept-host-key", paramLabel = "FINGERPRINT",
            description = "accept this unknown host key (SHA256:..., as the refusal printed it) and add it to known_hosts")
    List<String> accepted = new ArrayList<>();

    SshHosts hosts() {
        return knownHosts == null ? SshHosts.forUser(identities, Set.copyOf(accepted))
                : new SshHosts(knownHosts, identities, Set.copyOf(accepted));
    }
}
