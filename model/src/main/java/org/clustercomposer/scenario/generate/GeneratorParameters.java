package org.clustercomposer.scenario.generate;

/**
 * What to generate.
 *
 * @param hosts      physical hosts, at least 1
 * @param vms        virtual machines, placed on hosts that get a KVM hypervisor
 * @param ssiDomains SSI domains: about half over groups of hosts in one rack, half over groups of VMs
 * @param seed       the same seed gives the same scenario
 */
public record GeneratorParameters(int hosts, int vms, int ssiDomains, long seed) {

    public static final int MAX_HOSTS = 1_000_000;
    public static final int MAX_VMS = 10_000_000;

    public GeneratorParameters {
        if (hosts < 1 || hosts > MAX_HOSTS) {
            throw new IllegalArgumentException("hosts must be between 1 and " + MAX_HOSTS + ", got " + hosts);
        }
        if (vms < 0 || vms > MAX_VMS) {
            throw new IllegalArgumentException("vms must be between 0 and " + MAX_VMS + ", got " + vms);
        }
        if (ssiDomains < 0 || ssiDomains > hosts / 2 + vms / 2) {
            throw new IllegalArgumentException("ssi domains must be between 0 and " + (hosts / 2 + vms / 2)
                    + " (each spans at least two hosts or two VMs), got " + ssiDomains);
        }
    }
}
