package org.clustercomposer.scenario;

import org.clustercomposer.topology.Element;

/**
 * A virtual machine placed on a host or on an SSI domain (a VM as a process of the SSI, or an
 * aggregate VM spanning its members).
 *
 * @param memory   bytes
 * @param disk     bytes; copied during migration unless the scenario has shared storage
 * @param placedOn id of a host or an SSI domain
 */
public record Vm(String id, String name, int vcpus, double memory, double disk, String placedOn, Workload workload)
        implements Element {

    public Vm withPlacedOn(String target) {
        return new Vm(id, name, vcpus, memory, disk, target, workload);
    }

    public Vm withId(String newId) {
        return new Vm(newId, name, vcpus, memory, disk, placedOn, workload);
    }

    public Vm withName(String newName) {
        return new Vm(id, newName, vcpus, memory, disk, placedOn, workload);
    }

    public Vm withWorkload(Workload newWorkload) {
        return new Vm(id, name, vcpus, memory, disk, placedOn, newWorkload);
    }
}
