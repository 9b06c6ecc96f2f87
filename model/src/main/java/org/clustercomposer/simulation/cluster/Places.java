package org.clustercomposer.simulation.cluster;

/**
 * Where an SSI process runs, as one int so the process table stays plain arrays: a host is its
 * own index ({@code 0 .. hostCount-1}), a VM is {@code hostCount + its index}. The only code that
 * knows this encoding.
 */
public record Places(int hostCount) {

    public int ofHost(int h) {
        return h;
    }

    public int ofVm(int v) {
        return hostCount + v;
    }

    public boolean isHost(int place) {
        return place < hostCount;
    }

    /** The VM a place is; only for a place that is not a host. */
    public int vm(int place) {
        return place - hostCount;
    }
}
