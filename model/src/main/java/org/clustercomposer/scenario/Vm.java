package org.clustercomposer.scenario;

import org.clustercomposer.topology.Element;

/**
 * A virtual machine placed on a host or on an SSI domain (a VM as a process of the SSI, or an
 * aggregate VM spanning its members).
 *
 * @param memory   bytes
 * @param disk     bytes; copied during migration unless the scenario has shared storage
 * @param placedOn id of a host or an SSI domain
 * @param state    whether it is meant to run (files leave it out for a running VM)
 */
public record Vm(String id, String name, int vcpus, double memory, double disk, String placedOn, Workload workload,
                 VmState state) implements Element {

    public Vm {
        state = state == null ? VmState.RUNNING : state;
    }

    /** A running VM. */
    public Vm(String id, String name, int vcpus, double memory, double disk, String placedOn, Workload workload) {
        this(id, name, vcpus, memory, disk, placedOn, workload, VmState.RUNNING);
    }

    public boolean isRunning() {
        return state == VmState.RUNNING;
    }

    public Vm withState(VmState newState) {
        return new Vm(id, name, vcpus, memory, disk, placedOn, workload, newState);
    }

    public Vm withVcpus(int newVcpus) {
        return new Vm(id, name, newVcpus, memory, disk, placedOn, workload, state);
    }

    public Vm withMemory(double newMemory) {
        return new Vm(id, name, vcpus, newMemory, disk, placedOn, workload, state);
    }

    public Vm withPlacedOn(String target) {
        return new Vm(id, name, vcpus, memory, disk, target, workload, state);
    }

    public Vm withId(String newId) {
        return new Vm(newId, name, vcpus, memory, disk, placedOn, workload, state);
    }

    public Vm withName(String newName) {
        return new Vm(id, newName, vcpus, memory, disk, placedOn, workload, state);
    }

    public Vm withWorkload(Workload newWorkload) {
        return new Vm(id, name, vcpus, memory, disk, placedOn, newWorkload, state);
    }
}
