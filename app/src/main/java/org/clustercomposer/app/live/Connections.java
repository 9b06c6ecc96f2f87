package org.clustercomposer.app.live;

import java.util.Map;

/**
 * The live hosts a push talks to, by the design's ids: libvirt connections for hypervisor hosts,
 * ssh:// URIs (and the client that reaches them) for hosts whose SSI files it writes.
 */
public record Connections(Map<String, LibvirtHost> libvirt, Map<String, String> sshUris, SshHosts ssh) {

    public Connections {
        libvirt = Map.copyOf(libvirt);
        sshUris = Map.copyOf(sshUris);
    }

    public LibvirtHost libvirt(String hostId) {
        LibvirtHost host = libvirt.get(hostId);
        if (host == null) {
            throw new IllegalStateException("no libvirt connection for " + hostId);
        }
        return host;
    }
}
