package org.clustercomposer.scenario;

import java.util.List;

import org.clustercomposer.topology.Element;

/**
 * A single-system-image domain stretched over hosts or over VMs.
 *
 * @param members             ids of hosts, or ids of VMs (not a mix)
 * @param remoteMemoryPenalty slowdown of a process while its pages are remote: 0.3 means a fully
 *                            remote process runs 30 % slower
 * @param schedulingOverhead  fraction of each member's CPU spent on membership and global scheduling
 */
public record SsiDomain(String id, String name, SsiKind kind, List<String> members,
                        double remoteMemoryPenalty, double schedulingOverhead) implements Element {

    public SsiDomain {
        members = List.copyOf(members);
    }

    public SsiDomain withMembers(List<String> newMembers) {
        return new SsiDomain(id, name, kind, newMembers, remoteMemoryPenalty, schedulingOverhead);
    }
}
