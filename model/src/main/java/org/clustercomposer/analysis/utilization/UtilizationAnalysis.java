package org.clustercomposer.analysis.utilization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;

/**
 * How loaded every host, link, switch, storage, SSI domain and VM of a scenario is, in one pass
 * (milliseconds for thousands of hosts). Demand flows down the stack as described in
 * docs/decisions/0201-demand-flow.md; traffic is routed by {@link NetworkLoad}. Explanations are
 * built when asked for ({@link ElementUtilization#explanations()}).
 */
public final class UtilizationAnalysis {

    /**
     * @param memoryOvercommitLimit how far allocated memory may exceed physical memory before a host
     *                              counts as overloaded (1.0: no overcommit; 1.5 with ballooning/KSM)
     */
    public record Options(double memoryOvercommitLimit) {
        public Options {
            if (!(memoryOvercommitLimit >= 1)) {
                throw new IllegalArgumentException("memory overcommit limit must be at least 1, got "
                        + memoryOvercommitLimit);
            }
        }
    }

    private final Options options;

    public UtilizationAnalysis(Options options) {
        this.options = options;
    }

    /** No memory overcommit allowed. */
    public static UtilizationAnalysis standard() {
        return new UtilizationAnalysis(new Options(1.0));
    }

    public UtilizationReport analyze(Scenario scenario) {
        DemandFlow flow = new DemandFlow(scenario, new NetworkLoad(scenario));
        flow.run();
        return report(flow, null, null);
    }

    /**
     * The report of a flow that has run. With an earlier flow of the same elements (an in-place
     * edit over the same network) and its report, an element whose record and inputs are unchanged,
     * bit for bit, keeps its earlier result; only the others are built again.
     */
    UtilizationReport report(DemandFlow flow, DemandFlow earlier, UtilizationReport earlierReport) {
        Scenario scenario = flow.scenario();
        NetworkLoad network = flow.network();
        Scenario was = earlier == null ? null : earlier.scenario();
        int size = scenario.hosts().size() + scenario.vms().size() + scenario.links().size()
                + scenario.switches().size() + scenario.storages().size() + scenario.ssiDomains().size();
        Results results = earlier == null ? new Results(size)
                : new Results(((IndexedMap<ElementUtilization>) earlierReport.byId()).edit());
        double cpuDemand = 0;
        double cpuCapacity = 0;
        double memDemand = 0;
        double memCapacity = 0;
        double power = 0;
        boolean[] hostKept = new boolean[scenario.hosts().size()];
        for (int h = 0; h < scenario.hosts().size(); h++) {
            hostKept[h] = was != null && was.hosts().get(h) == flow.host(h) && flow.sameHostLoad(earlier, h);
            ElementUtilization u = hostKept[h] ? results.keep() : results.put(host(flow, h));
            cpuDemand += flow.hostCpuDemand(h);
            cpuCapacity += flow.host(h).cores();
            memDemand += flow.hostMemDemand(h);
            memCapacity += flow.host(h).memory();
            power += u.powerWatts();
        }
        Map<String, Integer> degree = new HashMap<>();
        for (Link l : scenario.links()) {
            degree.merge(l.from(), 1, Integer::sum);
            degree.merge(l.to(), 1, Integer::sum);
        }
        for (int i = 0; i < scenario.switches().size(); i++) {
            NetworkSwitch s = scenario.switches().get(i);
            boolean kept = was != null && was.switches().get(i) == s
                    && network.sameThroughput(earlier.network(), network.indexOf(s.id()));
            if (kept) {
                results.keep();
            } else {
                results.put(switchUtilization(network, s, degree.getOrDefault(s.id(), 0)));
            }
        }
        for (int i = 0; i < scenario.storages().size(); i++) {
            Storage s = scenario.storages().get(i);
            boolean kept = was != null && was.storages().get(i) == s
                    && network.sameThroughput(earlier.network(), network.indexOf(s.id()));
            if (kept) {
                results.keep();
            } else {
                results.put(storage(network, s));
            }
        }
        double maxLink = 0;
        for (int i = 0; i < scenario.links().size(); i++) {
            Link l = scenario.links().get(i);
            boolean kept = was != null && was.links().get(i) == l && network.sameLinkLoad(earlier.network(), l.id());
            ElementUtilization u = kept ? results.keep() : results.put(link(network, l));
            maxLink = Math.max(maxLink, u.network());
        }
        boolean[] vmKept = new boolean[scenario.vms().size()];
        for (int v = 0; v < scenario.vms().size(); v++) {
            vmKept[v] = was != null && was.vms().get(v) == flow.vm(v) && flow.sameVmLoad(earlier, v)
                    && mainHostKept(flow, earlier, v);
            if (vmKept[v]) {
                results.keep();
            } else {
                results.put(vm(flow, v));
            }
        }
        var earlierDomains = earlier == null ? null : earlier.ssiDomains().iterator();
        for (SsiMembers m : flow.ssiDomains()) {
            SsiMembers before = earlierDomains == null ? null : earlierDomains.next();
            if (m == before && m.keptAll(m.overVms() ? vmKept : hostKept)) {
                results.keep();
            } else {
                results.put(SsiUtilization.of(m, results::get, scenario));
            }
        }
        IndexedMap<ElementUtilization> byId = results.build();
        int overloaded = 0;
        for (ElementUtilization u : byId.values()) {
            overloaded += u.overloaded() ? 1 : 0;
        }
        List<String> bottlenecks = busiestLinks(scenario, byId);
        var summary = new UtilizationReport.Summary(scenario.hosts().size(), scenario.vms().size(), cpuDemand,
                cpuCapacity, memDemand, memCapacity, power, maxLink, overloaded);
        return new UtilizationReport(byId, bottlenecks, summary, flow.problems());
    }

    // The host a VM's network figure is measured against: kept only when that host's record is.
    private static boolean mainHostKept(DemandFlow flow, DemandFlow earlier, int v) {
        Location where = flow.vmLocation(v, 0);
        if (where == null || where.mainNode() >= flow.scenario().hosts().size()) {
            return true;
        }
        return earlier.host(where.mainNode()) == flow.host(where.mainNode());
    }

    /**
     * The busiest links carrying traffic, busiest first, ties in file order: one pass keeping the top
     * few (as a stable sort of all links would give them, without sorting thousands).
     */
    private static List<String> busiestLinks(Scenario scenario, Map<String, ElementUtilization> byId) {
        List<ElementUtilization> top = new ArrayList<>(UtilizationReport.BOTTLENECKS + 1);
        for (Link l : scenario.links()) {
            ElementUtilization u = byId.get(l.id());
            if (u == null || !(u.network() > 0)) {
                continue;
            }
            int at = top.size();
            while (at > 0 && top.get(at - 1).network() < u.network()) {
                at--;
            }
            if (at < UtilizationReport.BOTTLENECKS) {
                top.add(at, u);
                if (top.size() > UtilizationReport.BOTTLENECKS) {
                    top.remove(top.size() - 1);
                }
            }
        }
        return top.stream().map(ElementUtilization::id).toList();
    }

    /**
     * The results being assembled, in report order: all built (a full analysis), or an earlier
     * report's, slot for slot, with some replaced (an in-place edit, whose ids are those of the
     * earlier report and all distinct, so the n-th result goes to the n-th slot).
     */
    private static final class Results {
        private final IndexedMap.Builder<ElementUtilization> all;
        private final IndexedMap.Editor<ElementUtilization> edited;
        private int next;

        Results(int size) {
            all = new IndexedMap.Builder<>(size);
            edited = null;
        }

        Results(IndexedMap.Editor<ElementUtilization> earlier) {
            all = null;
            edited = earlier;
        }

        ElementUtilization put(ElementUtilization u) {
            if (all != null) {
                all.putIfAbsent(u.id(), u);
            } else {
                edited.set(next++, u);
            }
            return u;
        }

        ElementUtilization keep() {
            return edited.get(next++);
        }

        ElementUtilization get(String id) {
            return all != null ? all.get(id) : edited.get(edited.slotOf(id));
        }

        IndexedMap<ElementUtilization> build() {
            return all != null ? all.build() : edited.build();
        }
    }

    private ElementUtilization host(DemandFlow f, int h) {
        Host host = f.host(h);
        double cpu = ratio(f.hostCpuDemand(h), host.cores());
        double memory = ratio(f.hostMemDemand(h), host.memory());
        double io = host.hypervisor() == null ? 0 : host.hypervisor().ioOverhead();
        double network = ratio(Math.max(f.network().sent(h), f.network().received(h)), host.nicBandwidth() * (1 - io));
        double watts = host.idlePower() + (host.peakPower() - host.idlePower()) * Math.min(1, cpu);
        boolean overloaded = cpu > 1 || memory > options.memoryOvercommitLimit() || network > 1;
        double limit = options.memoryOvercommitLimit();
        DemandFlow.HostDemand demand = f.hostDemand(h);
        double cpuDemand = f.hostCpuDemand(h);
        double sent = f.network().sent(h);
        double received = f.network().received(h);
        return new ElementUtilization(host.id(), ElementKind.HOST, cpu, memory, network, watts, overloaded,
                () -> ElementExplanations.host(host, demand, cpuDemand, sent, received, limit));
    }

    private static ElementUtilization vm(DemandFlow f, int v) {
        Vm vm = f.vm(v);
        double cpu = ratio(f.vmCpuDemand(v), vm.vcpus());
        // A VM's own workload uses memory too: at least its writable working set (0 % would hide it).
        double workingSet = vm.workload() == null ? 0 : vm.workload().writableWorkingSet();
        double memory = ratio(Math.max(f.vmInsideMemory(v), workingSet), vm.memory());
        double traffic = vm.workload() == null ? 0 : vm.workload().networkTraffic();
        Location where = f.vmLocation(v, 0);
        double nic = Double.NaN;
        if (where != null && where.mainNode() < f.scenario().hosts().size()) {
            Host host = f.host(where.mainNode());
            nic = host.nicBandwidth() * (1 - (host.hypervisor() == null ? 0 : host.hypervisor().ioOverhead()));
        }
        double network = Double.isNaN(nic) ? Double.NaN : ratio(traffic, nic);
        boolean overloaded = cpu > 1 + 1e-9 || memory > 1 + 1e-9 || where == null;
        double hostNic = nic;
        DemandFlow.VmDemand demand = f.vmDemand(v);
        boolean placed = where != null;
        return new ElementUtilization(vm.id(), ElementKind.VM, cpu, memory, network, Double.NaN, overloaded,
                () -> ElementExplanations.vm(vm, demand, placed, hostNic));
    }

    private static ElementUtilization switchUtilization(NetworkLoad n, NetworkSwitch sw, int links) {
        int i = n.indexOf(sw.id());
        double through = i < 0 ? 0 : n.throughput(i);
        double network = ratio(through, sw.bandwidth());
        return new ElementUtilization(sw.id(), ElementKind.SWITCH, Double.NaN, Double.NaN, network, Double.NaN,
                network > 1 || links > sw.ports(), () -> ElementExplanations.networkSwitch(sw, through, links));
    }

    private static ElementUtilization storage(NetworkLoad n, Storage st) {
        int i = n.indexOf(st.id());
        double through = i < 0 ? 0 : n.throughput(i);
        double network = ratio(through, st.bandwidth());
        return new ElementUtilization(st.id(), ElementKind.STORAGE, Double.NaN, Double.NaN, network, Double.NaN,
                network > 1, () -> ElementExplanations.storage(st, through));
    }

    private static ElementUtilization link(NetworkLoad n, Link l) {
        double[] load = n.linkLoad(l.id());
        double network = ratio(Math.max(load[0], load[1]), l.bandwidth());
        boolean onTree = n.onTree(l.id());
        return new ElementUtilization(l.id(), ElementKind.LINK, Double.NaN, Double.NaN, network, Double.NaN,
                network > 1, () -> ElementExplanations.link(l, load, onTree));
    }

    static double ratio(double demand, double capacity) {
        if (capacity > 0) {
            return demand / capacity;
        }
        return demand > 0 ? Double.POSITIVE_INFINITY : 0;
    }
}
