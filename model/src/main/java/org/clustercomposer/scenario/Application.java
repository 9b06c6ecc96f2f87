package org.clustercomposer.scenario;

import org.clustercomposer.topology.Element;

/**
 * Processes or a job, placed on a VM, a host or an SSI domain.
 *
 * @param processes     number of processes (an SSI may spread them over its members)
 * @param cpuDemand     cores' worth of CPU the application wants in total
 * @param memory        bytes in total
 * @param communication bytes per second exchanged between its processes
 * @param dirtyRate     bytes per second each process writes (drives process migration cost)
 */
public record Application(String id, String name, String placedOn, int processes, double cpuDemand,
                          double memory, double communication, double dirtyRate) implements Element {

    public Application withPlacedOn(String target) {
        return new Application(id, name, target, processes, cpuDemand, memory, communication, dirtyRate);
    }
}
