package org.clustercomposer.topology;

/**
 * A physical machine. All quantities in SI base units.
 *
 * @param coreSpeed    Hz per core
 * @param memory       bytes
 * @param nicBandwidth bytes per second
 * @param idlePower    watts drawn at 0 % CPU
 * @param peakPower    watts drawn at 100 % CPU
 * @param hypervisor   the hypervisor, or null for bare metal
 */
public record Host(String id, String name, int cores, double coreSpeed, double memory, double nicBandwidth,
                   double idlePower, double peakPower, Hypervisor hypervisor) implements Element {

    public boolean isVirtualized() {
        return hypervisor != null;
    }

    public Host withId(String newId) {
        return new Host(newId, name, cores, coreSpeed, memory, nicBandwidth, idlePower, peakPower, hypervisor);
    }

    public Host withName(String newName) {
        return new Host(id, newName, cores, coreSpeed, memory, nicBandwidth, idlePower, peakPower, hypervisor);
    }

    public Host withMemory(double newMemory) {
        return new Host(id, name, cores, coreSpeed, newMemory, nicBandwidth, idlePower, peakPower, hypervisor);
    }

    public Host withCores(int newCores) {
        return new Host(id, name, newCores, coreSpeed, memory, nicBandwidth, idlePower, peakPower, hypervisor);
    }

    public Host withHypervisor(Hypervisor newHypervisor) {
        return new Host(id, name, cores, coreSpeed, memory, nicBandwidth, idlePower, peakPower, newHypervisor);
    }
}
