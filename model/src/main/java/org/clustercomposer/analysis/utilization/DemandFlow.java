package org.clustercomposer.analysis.utilization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;

/**
 * Pushes every demand down the stack to the hosts (see docs/decisions/0201). Applications load
 * what they are placed on; an SSI domain spreads what is placed on it over its members by
 * capacity, adding the remote-memory penalty; a VM loads its host (or its SSI's members) with
 * what it runs, capped at its vCPUs; SSI members carry the domain's scheduling overhead.
 * Everything is index-based so 100,000 VMs take a few milliseconds.
 */
final class DemandFlow {

    /**
     * What one host carries, by source.
     *
     * @param vmCpu       cores its VMs use (each capped at its vCPUs)
     * @param ssiCpu      cores of SSI work spread onto it, remote-memory penalty included
     * @param penalty     of which the remote-memory penalty
     * @param ssiOverhead cores of SSI membership and global scheduling
     */
    record HostDemand(double vmCpu, double appCpu, double ssiCpu, double penalty, double ssiOverhead,
                      double vmMemory, double appMemory, double ssiMemory) {
    }

    /**
     * What one VM runs inside, by source (vCPUs' worth and bytes).
     *
     * @param demand the VM's demand: the larger of its own workload and what runs inside it
     */
    record VmDemand(double appCpu, double ssiCpu, double penalty, double ssiOverhead, double appMemory,
                    double demand) {
    }

    private final Scenario scenario;
    private final NetworkLoad network;
    private final Map<String, Integer> vmIndex;
    private final Map<String, SsiMembers> ssi = new HashMap<>();
    private final Map<String, Application> apps = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    // Host demand, by source (cores and bytes); read through hostDemand(h) and the sums below.
    private final double[] hostVmCpu;
    private final double[] hostAppCpu;
    private final double[] hostSsiCpu;
    private final double[] hostSsiOverhead;
    private final double[] hostPenalty;
    private final double[] hostVmMem;
    private final double[] hostAppMem;
    private final double[] hostSsiMem;
    // VM demand, by source (vCPUs' worth and bytes); read through vmDemand(v), vmCpuDemand(v), vmInsideMemory(v).
    private final double[] vmAppCpu;
    private final double[] vmSsiCpu;
    private final double[] vmSsiOverhead;
    private final double[] vmPenalty;
    private final double[] vmAppMem;
    private final double[] vmDemand;
    // Filled lazily by vmLocation(v, depth): read it only through that method.
    private final Location[] vmLocationCache;
    private final Location[] hostLocation;
    private int unroutable;

    DemandFlow(Scenario scenario, NetworkLoad network) {
        this.scenario = scenario;
        this.network = network;
        int hosts = scenario.hosts().size();
        int vms = scenario.vms().size();
        hostVmCpu = new double[hosts];
        hostAppCpu = new double[hosts];
        hostSsiCpu = new double[hosts];
        hostSsiOverhead = new double[hosts];
        hostPenalty = new double[hosts];
        hostVmMem = new double[hosts];
        hostAppMem = new double[hosts];
        hostSsiMem = new double[hosts];
        vmAppCpu = new double[vms];
        vmSsiCpu = new double[vms];
        vmSsiOverhead = new double[vms];
        vmPenalty = new double[vms];
        vmAppMem = new double[vms];
        vmDemand = new double[vms];
        vmLocationCache = new Location[vms];
        hostLocation = new Location[hosts];
        vmIndex = new HashMap<>(vms * 2);
        for (int i = 0; i < vms; i++) {
            vmIndex.putIfAbsent(scenario.vms().get(i).id(), i);
        }
        for (int h = 0; h < hosts; h++) {
            hostLocation[h] = Location.single(h);
        }
        scenario.applications().forEach(a -> apps.putIfAbsent(a.id(), a));
        scenario.ssiDomains().forEach(this::resolveMembers);
    }

    private int hostIndex(String id) {
        int i = network.indexOf(id);
        return i >= 0 && i < hostLocation.length ? i : -1;
    }

    private void resolveMembers(SsiDomain d) {
        List<String> members = d.members();
        boolean overVms = !members.isEmpty() && vmIndex.containsKey(members.get(0));
        int[] idx = new int[members.size()];
        double[] caps = new double[members.size()];
        double total = 0;
        int n = 0;
        for (String m : members) {
            int i = overVms ? vmIndex.getOrDefault(m, -1) : hostIndex(m);
            if (i < 0) {
                problems.add("SSI domain " + d.id() + ": member " + m + " is not a " + (overVms ? "VM" : "host")
                        + "; left out");
                continue;
            }
            double cap = overVms ? scenario.vms().get(i).vcpus() : scenario.hosts().get(i).cores();
            idx[n] = i;
            caps[n++] = cap;
            total += cap;
        }
        double[] shares = new double[n];
        for (int k = 0; k < n; k++) {
            shares[k] = total > 0 ? caps[k] / total : 1.0 / n;
        }
        ssi.put(d.id(), new SsiMembers(d, overVms, Arrays.copyOf(idx, n), shares, total));
    }

    /** Runs the whole flow: applications, SSI overheads, VMs (deepest stacking first), traffic. */
    void run() {
        for (Application a : scenario.applications()) {
            placeApplication(a);
        }
        for (SsiMembers m : ssi.values()) {
            for (int k = 0; k < m.size(); k++) {
                double overhead = m.domain().schedulingOverhead();
                if (m.overVms()) {
                    vmSsiOverhead[m.members()[k]] += overhead * scenario.vms().get(m.members()[k]).vcpus();
                } else {
                    hostSsiOverhead[m.members()[k]] += overhead * scenario.hosts().get(m.members()[k]).cores();
                }
            }
        }
        for (int v : new VmOrder(this).deepestFirst()) {
            placeVm(v);
        }
        routeTraffic();
        network.finish();
        if (unroutable > 0) {
            problems.add(unroutable + " traffic flow(s) could not be routed: source and destination are not connected");
        }
    }

    private void placeApplication(Application a) {
        String target = a.placedOn();
        int h = hostIndex(target);
        Integer v = vmIndex.get(target);
        SsiMembers members = ssi.get(target);
        if (h >= 0) {
            hostAppCpu[h] += a.cpuDemand();
            hostAppMem[h] += a.memory();
        } else if (v != null) {
            vmAppCpu[v] += a.cpuDemand();
            vmAppMem[v] += a.memory();
        } else if (members != null && members.size() > 0) {
            spread(members, a.cpuDemand(), a.memory(), a.processes());
            communicate(members, a.communication());
        } else {
            problems.add("application " + a.id() + " is placed on " + target + ", which is no host, VM or SSI domain");
        }
    }

    /** Spreads work over an SSI's members by capacity, adding the remote-memory penalty. */
    private void spread(SsiMembers m, double cpu, double memory, int pieces) {
        double remote = SsiMembers.remoteFraction(pieces, m.size());
        double penalty = cpu * m.domain().remoteMemoryPenalty() * remote;
        for (int k = 0; k < m.size(); k++) {
            double s = m.shares()[k];
            int i = m.members()[k];
            if (m.overVms()) {
                vmSsiCpu[i] += (cpu + penalty) * s;
                vmPenalty[i] += penalty * s;
                vmAppMem[i] += memory * s;
            } else {
                hostSsiCpu[i] += (cpu + penalty) * s;
                hostPenalty[i] += penalty * s;
                hostSsiMem[i] += memory * s;
            }
        }
    }

    // Processes on different members exchange their communication over the network.
    private void communicate(SsiMembers m, double rate) {
        if (rate <= 0 || m.size() < 2) {
            return;
        }
        for (int a = 0; a < m.size(); a++) {
            for (int b = 0; b < m.size(); b++) {
                if (a != b) {
                    flow(memberLocation(m, a), memberLocation(m, b), rate * m.shares()[a] * m.shares()[b]);
                }
            }
        }
    }

    private Location memberLocation(SsiMembers m, int k) {
        int i = m.members()[k];
        return m.overVms() ? vmLocation(i, 0) : hostLocation[i];
    }

    private void placeVm(int v) {
        Vm vm = scenario.vms().get(v);
        double own = vm.vcpus() * (vm.workload() == null ? 0 : vm.workload().cpuUtilization());
        // The workload is the VM's utilization as seen from outside, which includes what runs inside it;
        // adding the two would count the same work twice, so the larger one is the VM's demand.
        vmDemand[v] = Math.max(own, vmAppCpu[v] + vmSsiCpu[v] + vmSsiOverhead[v]);
        // A VM cannot use more than its vCPUs: the rest is unmet demand, flagged on the VM.
        double delivered = Math.min(vmDemand[v], vm.vcpus());
        int h = hostIndex(vm.placedOn());
        SsiMembers members = ssi.get(vm.placedOn());
        if (h >= 0) {
            hostVmCpu[h] += delivered;
            hostVmMem[h] += vm.memory();
        } else if (members != null && members.size() > 0) {
            // An aggregate VM spans the members (its vCPUs are the pieces); other SSIs run it as one process.
            int pieces = members.domain().kind() == SsiKind.AGGREGATE_VM ? vm.vcpus() : 1;
            spread(members, delivered, vm.memory(), pieces);
        } else {
            problems.add("VM " + vm.id() + " is placed on " + vm.placedOn() + ", which is no host or SSI domain");
        }
    }

    /** Where a VM physically runs (memoized; depth guards against cyclic stacking). */
    Location vmLocation(int v, int depth) {
        if (vmLocationCache[v] != null) {
            return vmLocationCache[v];
        }
        Vm vm = scenario.vms().get(v);
        int h = hostIndex(vm.placedOn());
        Location where = null;
        if (h >= 0) {
            where = hostLocation[h];
        } else if (depth < 8 && ssi.containsKey(vm.placedOn())) {
            where = ssiLocation(ssi.get(vm.placedOn()), depth + 1);
        }
        vmLocationCache[v] = where;
        return where;
    }

    private Location ssiLocation(SsiMembers m, int depth) {
        if (m.size() == 0) {
            return null;
        }
        Location[] parts = new Location[m.size()];
        for (int k = 0; k < m.size(); k++) {
            parts[k] = m.overVms() ? vmLocation(m.members()[k], depth) : hostLocation[m.members()[k]];
            if (parts[k] == null) {
                return null;
            }
        }
        return Location.mix(parts, m.shares());
    }

    /** Where an id physically is, for traffic: a node, a VM, an SSI domain or an application. */
    private Location locate(String id, int depth) {
        int node = network.indexOf(id);
        if (node >= 0) {
            return node < hostLocation.length ? hostLocation[node] : Location.single(node);
        }
        Integer v = vmIndex.get(id);
        if (v != null) {
            return vmLocation(v, 0);
        }
        SsiMembers m = ssi.get(id);
        if (m != null) {
            return ssiLocation(m, 0);
        }
        Application a = apps.get(id);
        return a != null && depth < 2 ? locate(a.placedOn(), depth + 1) : null;
    }

    private void routeTraffic() {
        List<Vm> vms = scenario.vms();
        for (int v = 0; v < vms.size(); v++) {
            Vm vm = vms.get(v);
            if (vm.workload() == null || vm.workload().networkTraffic() <= 0) {
                continue;
            }
            Location from = vmLocation(v, 0);
            String to = vm.workload().trafficTo();
            Location target = to == null || to.isEmpty() ? null : locate(to, 0);
            if (from == null) {
                continue;
            }
            if (to != null && !to.isEmpty() && target == null) {
                problems.add("VM " + vm.id() + " sends traffic to " + to + ", which is not in the scenario");
                continue;
            }
            flow(from, target, vm.workload().networkTraffic());
        }
    }

    /** Adds traffic between two locations, split by their weights; a null target is "out of the cluster". */
    private void flow(Location from, Location to, double rate) {
        if (from == null) {
            return;
        }
        for (int i = 0; i < from.nodes().length; i++) {
            double r = rate * from.weights()[i];
            if (to == null) {
                countUnroutable(network.addFlow(from.nodes()[i], -1, r));
                continue;
            }
            for (int j = 0; j < to.nodes().length; j++) {
                countUnroutable(network.addFlow(from.nodes()[i], to.nodes()[j], r * to.weights()[j]));
            }
        }
    }

    private void countUnroutable(boolean routed) {
        if (!routed) {
            unroutable++;
        }
    }

    Scenario scenario() {
        return scenario;
    }

    NetworkLoad network() {
        return network;
    }

    /** The members of an SSI domain by its id, or null when no domain has that id. */
    SsiMembers ssi(String domainId) {
        return ssi.get(domainId);
    }

    /** Every SSI domain's members (in the order the report has always listed them). */
    Collection<SsiMembers> ssiDomains() {
        return Collections.unmodifiableCollection(ssi.values());
    }

    List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    void addProblem(String problem) {
        problems.add(problem);
    }

    Host host(int h) {
        return scenario.hosts().get(h);
    }

    Vm vm(int v) {
        return scenario.vms().get(v);
    }

    HostDemand hostDemand(int h) {
        return new HostDemand(hostVmCpu[h], hostAppCpu[h], hostSsiCpu[h], hostPenalty[h], hostSsiOverhead[h],
                hostVmMem[h], hostAppMem[h], hostSsiMem[h]);
    }

    VmDemand vmDemand(int v) {
        return new VmDemand(vmAppCpu[v], vmSsiCpu[v], vmPenalty[v], vmSsiOverhead[v], vmAppMem[v], vmDemand[v]);
    }

    /** The VM's CPU demand in vCPUs' worth (as {@link #vmDemand}, without a record per VM). */
    double vmCpuDemand(int v) {
        return vmDemand[v];
    }

    /** Bytes of what runs inside the VM. */
    double vmInsideMemory(int v) {
        return vmAppMem[v];
    }

    double hostCpuDemand(int h) {
        Host host = host(h);
        double hypervisor = host.hypervisor() == null ? 0 : host.hypervisor().cpuOverhead() * host.cores();
        return hostVmCpu[h] + hostAppCpu[h] + hostSsiCpu[h] + hostSsiOverhead[h] + hypervisor;
    }

    double hostMemDemand(int h) {
        return hostVmMem[h] + hostAppMem[h] + hostSsiMem[h];
    }
}
