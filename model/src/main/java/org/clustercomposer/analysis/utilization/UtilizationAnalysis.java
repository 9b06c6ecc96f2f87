package org.clustercomposer.analysis.utilization;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        NetworkLoad network = new NetworkLoad(scenario);
        DemandFlow flow = new DemandFlow(scenario, network);
        flow.run();
        int size = scenario.hosts().size() + scenario.vms().size() + scenario.links().size()
                + scenario.switches().size() + scenario.storages().size() + scenario.ssiDomains().size();
        Map<String, ElementUtilization> byId = new LinkedHashMap<>(size * 4 / 3 + 16);
        double cpuDemand = 0;
        double cpuCapacity = 0;
        double memDemand = 0;
        double memCapacity = 0;
        double power = 0;
        for (int h = 0; h < scenario.hosts().size(); h++) {
            ElementUtilization u = host(flow, h);
            byId.putIfAbsent(u.id(), u);
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
        for (NetworkSwitch s : scenario.switches()) {
            byId.putIfAbsent(s.id(), switchUtilization(network, s, degree.getOrDefault(s.id(), 0)));
        }
        for (Storage s : scenario.storages()) {
            byId.putIfAbsent(s.id(), storage(network, s));
        }
        double maxLink = 0;
        for (Link l : scenario.links()) {
            ElementUtilization u = link(network, l);
            byId.putIfAbsent(l.id(), u);
            maxLink = Math.max(maxLink, u.network());
        }
        for (int v = 0; v < scenario.vms().size(); v++) {
            ElementUtilization u = vm(flow, v);
            byId.putIfAbsent(u.id(), u);
        }
        for (SsiMembers m : flow.ssiDomains()) {
            byId.putIfAbsent(m.domain().id(), SsiUtilization.of(m, byId, scenario));
        }
        int overloaded = 0;
        for (ElementUtilization u : byId.values()) {
            overloaded += u.overloaded() ? 1 : 0;
        }
        List<String> bottlenecks = scenario.links().stream().map(l -> byId.get(l.id()))
                .filter(u -> u != null && u.network() > 0)
                .sorted(Comparator.comparingDouble(ElementUtilization::network).reversed())
                .limit(UtilizationReport.BOTTLENECKS).map(ElementUtilization::id).toList();
        var summary = new UtilizationReport.Summary(scenario.hosts().size(), scenario.vms().size(), cpuDemand,
                cpuCapacity, memDemand, memCapacity, power, maxLink, overloaded);
        return new UtilizationReport(Collections.unmodifiableMap(byId), bottlenecks, summary, flow.problems());
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
        return new ElementUtilization(host.id(), ElementKind.HOST, cpu, memory, network, watts, overloaded,
                () -> ElementExplanations.host(f, h, limit));
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
        return new ElementUtilization(vm.id(), ElementKind.VM, cpu, memory, network, Double.NaN, overloaded,
                () -> ElementExplanations.vm(f, v, hostNic));
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
