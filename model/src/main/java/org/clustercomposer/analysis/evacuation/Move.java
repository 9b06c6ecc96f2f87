package org.clustercomposer.analysis.evacuation;

/** Moving one VM from its host to another host. */
public record Move(String vmId, String from, String to) {
    public Move {
        if (vmId == null || from == null || to == null) {
            throw new IllegalArgumentException("a move needs a VM, a source and a destination");
        }
    }
}
