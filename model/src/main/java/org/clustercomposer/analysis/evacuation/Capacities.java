package org.clustercomposer.analysis.evacuation;

import java.util.HashMap;
import java.util.Map;

import org.clustercomposer.analysis.utilization.ElementUtilization;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;

/** Free CPU (cores) and memory (bytes) per virtualized host, updated as moves are planned. */
final class Capacities {

    private final Map<String, double[]> free = new HashMap<>();
    private final UtilizationReport report;

    Capacities(Scenario scenario, UtilizationReport report) {
        this.report = report;
        for (Host h : scenario.hosts()) {
            if (!h.isVirtualized()) {
                continue;
            }
            ElementUtilization u = report.of(h.id()).orElse(null);
            double cpuUsed = u == null ? 0 : u.cpu() * h.cores();
            double memUsed = u == null ? 0 : u.memory() * h.memory();
            free.put(h.id(), new double[] {h.cores() - cpuUsed, h.memory() - memUsed});
        }
    }

    /** Cores the VM keeps busy on its host (at most its vCPUs). */
    double cpuOf(Vm vm) {
        ElementUtilization u = report.of(vm.id()).orElse(null);
        double fraction = u == null || Double.isNaN(u.cpu()) ? 0 : Math.min(1, u.cpu());
        return fraction * vm.vcpus();
    }

    boolean virtualized(String hostId) {
        return free.containsKey(hostId);
    }

    /** Why the VM does not fit on the host, or null when it does. */
    String misfit(Vm vm, String hostId) {
        double[] f = free.get(hostId);
        if (f == null) {
            return hostId + " is not a virtualized host";
        }
        if (f[1] < vm.memory()) {
            return hostId + " has not enough free memory";
        }
        if (f[0] < cpuOf(vm)) {
            return hostId + " has not enough free CPU";
        }
        return null;
    }

    double freeMemory(String hostId) {
        return free.get(hostId)[1];
    }

    void move(Vm vm, String from, String to) {
        double cpu = cpuOf(vm);
        double[] src = free.get(from);
        if (src != null) {
            src[0] += cpu;
            src[1] += vm.memory();
        }
        double[] dst = free.get(to);
        dst[0] -= cpu;
        dst[1] -= vm.memory();
    }

    Iterable<String> hosts() {
        return free.keySet();
    }
}
