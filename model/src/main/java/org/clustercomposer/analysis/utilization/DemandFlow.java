package org.clustercomposer.analysis.utilization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.ScenarioChange;
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

    private static final int NONE = -1;
    // What a VM's traffic goes to, resolved once: a network node, a VM, an SSI domain, an application.
    private static final int OUTSIDE = 0;
    private static final int NODE = 1;
    private static final int VM = 2;
    private static final int SSI = 3;
    private static final int APPLICATION = 4;
    private static final int MISSING = 5;

    private final Scenario scenario;
    private final NetworkLoad network;
    private final Map<String, Integer> vmIndex;
    private final Map<String, Integer> appIndex;
    /** The position of the SSI domain an id names (the last one with that id, as a map keeps it). */
    private final Map<String, Integer> ssiIndex;
    /** Members of each SSI domain, by position in the scenario's list. */
    private final SsiMembers[] ssiAt;
    /** The same by id, in the map's order (the order the report lists domains in). */
    private final Map<String, SsiMembers> ssi;
    private final List<String> problems = new ArrayList<>();

    // Each VM's references, resolved: the host or the SSI domain (position) it is placed on, or NONE;
    // where its traffic goes (kind and index). Patched, not rebuilt, after an in-place edit.
    private final int[] vmHost;
    private final int[] vmSsi;
    private final int[] trafficKind;
    private final int[] trafficIndex;
    /** VMs deepest stacking first; null until run() orders them (kept from the previous flow when it can be). */
    private int[] vmOrder;

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

    /** The flow of a scenario, every reference resolved. */
    DemandFlow(Scenario scenario, NetworkLoad network) {
        this(scenario, network, null, null);
    }

    /**
     * The flow of a scenario an in-place edit made from {@code previous}'s ({@code change} says which
     * records were replaced): only the replaced records' references are resolved again, the rest are
     * taken over. The numbers are all added up again by {@link #run}, in the same order as a full
     * flow, so they are exactly those of a full flow.
     */
    DemandFlow(Scenario scenario, NetworkLoad network, DemandFlow previous, ScenarioChange change) {
        this.scenario = scenario;
        this.network = network;
        int hosts = scenario.hosts().size();
        int vms = scenario.vms().size();
        int domains = scenario.ssiDomains().size();
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
        if (previous == null) {
            hostLocation = new Location[hosts];
            for (int h = 0; h < hosts; h++) {
                hostLocation[h] = Location.single(h);
            }
            vmIndex = new HashMap<>(vms * 2);
            for (int i = 0; i < vms; i++) {
                vmIndex.putIfAbsent(scenario.vms().get(i).id(), i);
            }
            appIndex = new HashMap<>();
            for (int i = 0; i < scenario.applications().size(); i++) {
                appIndex.putIfAbsent(scenario.applications().get(i).id(), i);
            }
            ssiIndex = new HashMap<>();
            for (int d = 0; d < domains; d++) {
                ssiIndex.put(scenario.ssiDomains().get(d).id(), d);
            }
            ssiAt = new SsiMembers[domains];
            for (int d = 0; d < domains; d++) {
                ssiAt[d] = resolveMembers(scenario.ssiDomains().get(d));
            }
            vmHost = new int[vms];
            vmSsi = new int[vms];
            trafficKind = new int[vms];
            trafficIndex = new int[vms];
            for (int v = 0; v < vms; v++) {
                resolveVm(v);
            }
        } else {
            hostLocation = previous.hostLocation;
            vmIndex = previous.vmIndex;
            appIndex = previous.appIndex;
            ssiIndex = previous.ssiIndex;
            vmHost = previous.vmHost.clone();
            vmSsi = previous.vmSsi.clone();
            trafficKind = previous.trafficKind.clone();
            trafficIndex = previous.trafficIndex.clone();
            boolean stackingKept = true;
            for (int v : change.replaced(ElementKind.VM)) {
                int wasSsi = vmSsi[v];
                resolveVm(v);
                stackingKept &= wasSsi == vmSsi[v];
            }
            ssiAt = previous.ssiAt.clone();
            boolean[] hostReplaced = flags(hosts, change.replaced(ElementKind.HOST));
            boolean[] vmReplaced = flags(vms, change.replaced(ElementKind.VM));
            boolean[] domainReplaced = flags(domains, change.replaced(ElementKind.SSI_DOMAIN));
            for (int d = 0; d < domains; d++) {
                SsiMembers was = ssiAt[d];
                // Shares follow the members' cores or vCPUs: a replaced member may have changed them.
                if (domainReplaced[d] || was.touches(was.overVms() ? vmReplaced : hostReplaced)) {
                    ssiAt[d] = resolveMembers(scenario.ssiDomains().get(d));
                    stackingKept &= was.overVms() == ssiAt[d].overVms() && Arrays.equals(was.members(), ssiAt[d].members());
                }
            }
            vmOrder = stackingKept ? previous.vmOrder : null;
        }
        ssi = new HashMap<>();
        for (int d = 0; d < domains; d++) {
            ssi.put(scenario.ssiDomains().get(d).id(), ssiAt[ssiIndex.get(scenario.ssiDomains().get(d).id())]);
        }
    }

    private static boolean[] flags(int size, int[] set) {
        boolean[] flags = new boolean[size];
        for (int i : set) {
            flags[i] = true;
        }
        return flags;
    }

    private void resolveVm(int v) {
        Vm vm = scenario.vms().get(v);
        vmHost[v] = hostIndex(vm.placedOn());
        Integer d = vm.placedOn() == null ? null : ssiIndex.get(vm.placedOn());
        vmSsi[v] = d == null ? NONE : d;
        String to = vm.workload() == null ? null : vm.workload().trafficTo();
        int kind;
        int index = NONE;
        if (to == null || to.isEmpty()) {
            kind = OUTSIDE;
        } else if (network.indexOf(to) >= 0) {
            kind = NODE;
            index = network.indexOf(to);
        } else if (vmIndex.containsKey(to)) {
            kind = VM;
            index = vmIndex.get(to);
        } else if (ssiIndex.containsKey(to)) {
            kind = SSI;
            index = ssiIndex.get(to);
        } else if (appIndex.containsKey(to)) {
            kind = APPLICATION;
            index = appIndex.get(to);
        } else {
            kind = MISSING;
        }
        trafficKind[v] = kind;
        trafficIndex[v] = index;
    }

    private int hostIndex(String id) {
        int i = network.indexOf(id);
        return i >= 0 && i < hostLocation.length ? i : -1;
    }

    private SsiMembers resolveMembers(SsiDomain d) {
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
        return new SsiMembers(d, overVms, Arrays.copyOf(idx, n), shares, total);
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
        if (vmOrder == null) {
            vmOrder = new VmOrder(this).deepestFirst();
        }
        for (int v : vmOrder) {
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
        int h = vmHost[v];
        SsiMembers members = ssiOf(v);
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
        int h = vmHost[v];
        Location where = null;
        if (h >= 0) {
            where = hostLocation[h];
        } else if (depth < 8 && vmSsi[v] != NONE) {
            where = ssiLocation(ssiOf(v), depth + 1);
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
        Integer a = appIndex.get(id);
        return a != null && depth < 2 ? locate(scenario.applications().get(a).placedOn(), depth + 1) : null;
    }

    /** Where a VM's traffic goes, from its resolved reference (as {@link #locate} finds it). */
    private Location trafficTarget(int v) {
        int i = trafficIndex[v];
        return switch (trafficKind[v]) {
            case NODE -> i < hostLocation.length ? hostLocation[i] : Location.single(i);
            case VM -> vmLocation(i, 0);
            case SSI -> ssiLocation(ssiAt[i], 0);
            case APPLICATION -> locate(scenario.applications().get(i).placedOn(), 1);
            default -> null;
        };
    }

    private void routeTraffic() {
        List<Vm> vms = scenario.vms();
        for (int v = 0; v < vms.size(); v++) {
            Vm vm = vms.get(v);
            if (vm.workload() == null || vm.workload().networkTraffic() <= 0) {
                continue;
            }
            Location from = vmLocation(v, 0);
            Location target = trafficKind[v] == OUTSIDE ? null : trafficTarget(v);
            if (from == null) {
                continue;
            }
            if (trafficKind[v] != OUTSIDE && target == null) {
                String to = vm.workload().trafficTo();
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

    /** The members of the SSI domain a VM is placed on, or null when it is placed on none. */
    SsiMembers ssiOf(int v) {
        return vmSsi[v] == NONE ? null : ssiAt[vmSsi[v]];
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

    /** Whether a host carries exactly what it carried in an earlier flow of the same hosts, traffic included. */
    boolean sameHostLoad(DemandFlow earlier, int h) {
        return same(hostVmCpu[h], earlier.hostVmCpu[h]) && same(hostAppCpu[h], earlier.hostAppCpu[h])
                && same(hostSsiCpu[h], earlier.hostSsiCpu[h]) && same(hostSsiOverhead[h], earlier.hostSsiOverhead[h])
                && same(hostPenalty[h], earlier.hostPenalty[h]) && same(hostVmMem[h], earlier.hostVmMem[h])
                && same(hostAppMem[h], earlier.hostAppMem[h]) && same(hostSsiMem[h], earlier.hostSsiMem[h])
                && network.sameTraffic(earlier.network, h);
    }

    /** Whether a VM runs exactly what it ran in an earlier flow of the same VMs, on the same main node. */
    boolean sameVmLoad(DemandFlow earlier, int v) {
        if (!same(vmAppCpu[v], earlier.vmAppCpu[v]) || !same(vmSsiCpu[v], earlier.vmSsiCpu[v])
                || !same(vmSsiOverhead[v], earlier.vmSsiOverhead[v]) || !same(vmPenalty[v], earlier.vmPenalty[v])
                || !same(vmAppMem[v], earlier.vmAppMem[v]) || !same(vmDemand[v], earlier.vmDemand[v])) {
            return false;
        }
        Location now = vmLocation(v, 0);
        Location was = earlier.vmLocation(v, 0);
        if (now == null || was == null) {
            return now == was;
        }
        return now.mainNode() == was.mainNode();
    }

    /** Bit for bit: what an earlier analysis computed from the same inputs is the same number. */
    static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
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
