package org.clustercomposer.analysis.utilization;

import org.clustercomposer.scenario.SsiDomain;

/**
 * An SSI domain's members resolved to indexes, with the share of the domain's work each gets.
 * The global scheduler balances load, so each member's share is its capacity (cores of a host,
 * vCPUs of a VM) over the domain's capacity: a fluid picture of the balanced state.
 *
 * @param overVms  true when the members are VMs (indexes are VM indexes), false for hosts
 * @param members  host or VM indexes
 * @param shares   capacity shares, summing to 1
 * @param capacity total cores (or vCPUs)
 */
record SsiMembers(SsiDomain domain, boolean overVms, int[] members, double[] shares, double capacity) {

    int size() {
        return members.length;
    }

    /** Whether every member is flagged (by host or VM index, as the members are). */
    boolean keptAll(boolean[] flagged) {
        for (int i : members) {
            if (!flagged[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether any member is flagged (by host or VM index, as the members are). */
    boolean touches(boolean[] flagged) {
        for (int i : members) {
            if (flagged[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fraction of a spread job's memory accesses that go to another member: with k pieces on k
     * members and memory spread like the work, (k - 1) / k of the pages are remote on average.
     */
    static double remoteFraction(int pieces, int memberCount) {
        int k = Math.min(pieces, memberCount);
        return k > 1 ? (k - 1.0) / k : 0;
    }
}
