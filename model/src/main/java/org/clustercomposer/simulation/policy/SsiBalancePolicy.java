package org.clustercomposer.simulation.policy;

import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;

/**
 * SSI global scheduling (Kerrighed's and MOSIX's load balancers): in each live domain, when the
 * busiest member's CPU load exceeds the idlest one's by more than {@code imbalance}, move one
 * process from the busiest to the idlest, the one that best halves the gap. One move per domain
 * per step, as those balancers move gradually to avoid thrashing; each move freezes the process
 * while its memory crosses the network.
 */
public final class SsiBalancePolicy implements Policy {

    private final double imbalance;

    public SsiBalancePolicy(double imbalance) {
        if (!(imbalance > 0 && imbalance < 1)) {
            throw new IllegalArgumentException("imbalance must be between 0 and 1: " + imbalance);
        }
        this.imbalance = imbalance;
    }

    @Override
    public String name() {
        return "ssi-balance";
    }

    @Override
    public void apply(PolicyContext context) {
        ProcessTable p = context.processes();
        for (int d = 0; d < p.domainCount(); d++) {
            if (p.isDomainAlive(d)) {
                balance(context, d);
            }
        }
    }

    private void balance(PolicyContext context, int d) {
        ClusterModel c = context.cluster();
        ProcessTable p = context.processes();
        int busiest = -1;
        int idlest = -1;
        for (int m : p.members(d)) {
            if (c.hostOfPlace(m) < 0 || !c.isUsable(c.hostOfPlace(m))) {
                continue;
            }
            if (busiest < 0 || load(c, m) > load(c, busiest)) {
                busiest = m;
            }
            if (idlest < 0 || load(c, m) < load(c, idlest)) {
                idlest = m;
            }
        }
        if (busiest < 0 || busiest == idlest || load(c, busiest) - load(c, idlest) <= imbalance) {
            return;
        }
        double gapCores = (load(c, busiest) - load(c, idlest)) * c.placeSize(busiest) / 2;
        int best = -1;
        double bestMiss = Double.POSITIVE_INFINITY;
        for (int i : p.processesAt(d, busiest)) {
            double miss = Math.abs(p.demandOf(i) - gapCores);
            if (p.demandOf(i) < 2 * gapCores && miss < bestMiss) {
                bestMiss = miss;
                best = i;
            }
        }
        if (best >= 0) {
            context.migrateProcess(best, idlest);
        }
    }

    private static double load(ClusterModel c, int place) {
        if (c.places().isHost(place)) {
            return c.utilization(place);
        }
        int v = c.places().vm(place);
        return c.vcpus(v) > 0 ? c.vmDemand(v) / c.vcpus(v) : 0;
    }
}
