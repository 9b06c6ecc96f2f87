package org.clustercomposer.simulation;

import java.util.Arrays;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;

/**
 * Puts VMs where the scenario says. A VM placed on an SSI domain (a VM as a process of the SSI)
 * runs on the member host with the fewest VMs so far, or on the host of the first member VM for
 * an SSI over VMs; an aggregate VM spans all member hosts. A VM whose target does not exist is
 * left stopped (its demand unserved).
 */
final class InitialPlacement {

    private InitialPlacement() {
    }

    static void place(Scenario scenario, ClusterModel cluster, ProcessTable processes) {
        for (int v = 0; v < cluster.vmCount(); v++) {
            Vm vm = scenario.vms().get(v);
            int host = cluster.hostIndex(vm.placedOn());
            int domain = processes.domainIndex(vm.placedOn());
            if (domain >= 0) {
                cluster.setVmDomain(v, domain);
                if (processes.kind(domain) == SsiKind.AGGREGATE_VM && spanMembers(cluster, processes, domain, v)) {
                    continue;
                }
                host = leastCrowdedMemberHost(cluster, processes, domain);
            }
            if (host >= 0) {
                cluster.placeVm(v, host);
            } else {
                cluster.setPaused(v, true);
            }
        }
    }

    /** An aggregate VM spans the member hosts, each carrying a share by its cores (as the analysis does). */
    private static boolean spanMembers(ClusterModel cluster, ProcessTable processes, int domain, int v) {
        int[] hosts = Arrays.stream(processes.members(domain)).map(cluster::hostOfPlace)
                .filter(h -> h >= 0).toArray();
        if (hosts.length == 0) {
            return false;
        }
        double total = Arrays.stream(hosts).mapToDouble(cluster::capacity).sum();
        double[] shares = Arrays.stream(hosts)
                .mapToDouble(h -> total > 0 ? cluster.capacity(h) / total : 1.0 / hosts.length).toArray();
        cluster.spanVm(v, hosts, shares);
        return true;
    }

    private static int leastCrowdedMemberHost(ClusterModel cluster, ProcessTable processes, int domain) {
        int best = -1;
        for (int member : processes.members(domain)) {
            int h = cluster.hostOfPlace(member);
            if (h >= 0 && (best < 0 || cluster.vmsOn(h).size() < cluster.vmsOn(best).size())) {
                best = h;
            }
        }
        return best;
    }
}
