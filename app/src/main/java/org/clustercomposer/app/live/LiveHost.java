package org.clustercomposer.app.live;

import java.util.List;
import java.util.Optional;

/**
 * One live host as read through libvirt or SSH. SI base units.
 *
 * @param uri        how it was reached
 * @param hostname   what the host calls itself
 * @param uuid       the host's UUID (libvirt's host_uuid), or "" when unknown
 * @param cpus       logical CPUs
 * @param coreSpeed  Hz
 * @param memory     bytes
 * @param nics       its network interfaces with known speeds
 * @param domainType the libvirt domain type it runs ("kvm" when it can, else "qemu"), or null without libvirt
 * @param domains    its domains, running and defined
 * @param ssiState   what the SSI layer said (krgadm, mosctl), or "" when none answered
 */
public record LiveHost(String uri, String hostname, String uuid, int cpus, double coreSpeed, double memory,
                       List<Nic> nics, String domainType, List<LiveDomain> domains, String ssiState) {

    public LiveHost {
        nics = List.copyOf(nics);
        domains = List.copyOf(domains);
    }

    /** A network interface and its speed in bytes per second (0 when the host does not say). */
    public record Nic(String name, double speed) {

        /**
         * Bytes per second from the Mbit/s Linux reports, 0 for "unknown": virtual NICs say -1, which
         * reaches us as 4294967295 (an unsigned -1), and a few drivers say 65535.
         */
        public static double bytesPerSecond(double mbps) {
            boolean unknown = !(mbps > 0) || mbps == 65535 || mbps >= 4294967295.0;
            return unknown ? 0 : mbps * 1e6 / 8;
        }
    }

    public Optional<LiveDomain> domain(String name) {
        return domains.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The fastest NIC's speed, bytes per second; 0 when no speed is known. */
    public double fastestNic() {
        return nics.stream().mapToDouble(Nic::speed).max().orElse(0);
    }
}
