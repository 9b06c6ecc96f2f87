package org.clustercomposer.analysis.utilization;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.clustercomposer.units.Dimension;

/**
 * How loaded every host, link, switch, storage, SSI domain and VM of a scenario is, in one pass
 * (milliseconds for thousands of hosts). Demand flows down the stack as described in
 * docs/decisions/0201-demand-flow.md; traffic is routed by {@link NetworkLoad}.
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

    static final String CPU_MODEL = "CPU demand over capacity";
    static final String MEMORY_MODEL = "allocated memory over physical memory";
    static final String NETWORK_MODEL = "traffic over bandwidth (busiest direction)";
    static final String POWER_MODEL = "linear idle-to-peak power";

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
        Map<String, ElementUtilization> byId = new LinkedHashMap<>();
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
        for (NetworkSwitch s : scenario.switches()) {
            byId.putIfAbsent(s.id(), switchUtilization(scenario, network, s));
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
        for (SsiMembers m : flow.ssi.values()) {
            byId.putIfAbsent(m.domain().id(), SsiUtilization.of(m, byId, scenario));
        }
        int overloaded = (int) byId.values().stream().filter(ElementUtilization::overloaded).count();
        List<String> bottlenecks = scenario.links().stream().map(l -> byId.get(l.id()))
                .filter(u -> u != null && u.network() > 0)
                .sorted(Comparator.comparingDouble(ElementUtilization::network).reversed())
                .limit(UtilizationReport.BOTTLENECKS).map(ElementUtilization::id).toList();
        var summary = new UtilizationReport.Summary(scenario.hosts().size(), scenario.vms().size(), cpuDemand,
                cpuCapacity, memDemand, memCapacity, power, maxLink, overloaded);
        return new UtilizationReport(byId, bottlenecks, summary, flow.problems);
    }

    private ElementUtilization host(DemandFlow f, int h) {
        Host host = f.host(h);
        double hypervisor = host.hypervisor() == null ? 0 : host.hypervisor().cpuOverhead();
        double cpuDemand = f.hostCpuDemand(h);
        double cpu = ratio(cpuDemand, host.cores());
        Explanation cpuWhy = new Explanation(CPU_MODEL,
                "cpu = (VMs + applications + SSI shares + SSI overhead + hypervisor overhead * cores) / cores",
                List.of(Input.number("VMs (cores)", f.hostVmCpu[h]), Input.number("applications (cores)", f.hostAppCpu[h]),
                        Input.number("SSI shares incl. remote-memory penalty (cores)", f.hostSsiCpu[h]),
                        Input.number("of which remote-memory penalty (cores)", f.hostPenalty[h]),
                        Input.number("SSI scheduling overhead (cores)", f.hostSsiOverhead[h]),
                        Input.fraction("hypervisor overhead", hypervisor), Input.count("cores", host.cores()),
                        Input.of("core speed", host.coreSpeed(), Dimension.FREQUENCY)));
        double memDemand = f.hostMemDemand(h);
        double memory = ratio(memDemand, host.memory());
        Explanation memWhy = new Explanation(MEMORY_MODEL,
                "memory = (VM memory + applications + SSI shares) / physical memory; overloaded above "
                        + options.memoryOvercommitLimit() + "x",
                List.of(Input.of("VMs", f.hostVmMem[h], Dimension.SIZE), Input.of("applications", f.hostAppMem[h], Dimension.SIZE),
                        Input.of("SSI shares", f.hostSsiMem[h], Dimension.SIZE), Input.of("physical", host.memory(), Dimension.SIZE)));
        double io = host.hypervisor() == null ? 0 : host.hypervisor().ioOverhead();
        double nic = host.nicBandwidth() * (1 - io);
        double sent = f.network.sent(h);
        double received = f.network.received(h);
        double network = ratio(Math.max(sent, received), nic);
        Explanation netWhy = new Explanation(NETWORK_MODEL, "network = max(sent, received) / (NIC * (1 - I/O overhead))",
                List.of(Input.of("sent", sent, Dimension.BANDWIDTH), Input.of("received", received, Dimension.BANDWIDTH),
                        Input.of("NIC", host.nicBandwidth(), Dimension.BANDWIDTH), Input.fraction("I/O overhead", io)));
        double watts = host.idlePower() + (host.peakPower() - host.idlePower()) * Math.min(1, cpu);
        Explanation powerWhy = new Explanation(POWER_MODEL, "power = idle + (peak - idle) * min(1, cpu)",
                List.of(Input.of("idle", host.idlePower(), Dimension.POWER), Input.of("peak", host.peakPower(), Dimension.POWER),
                        Input.fraction("cpu", cpu)));
        boolean overloaded = cpu > 1 || memory > options.memoryOvercommitLimit() || network > 1;
        return new ElementUtilization(host.id(), ElementKind.HOST, cpu, memory, network, watts, overloaded,
                explanations(cpuWhy, memWhy, netWhy, powerWhy));
    }

    private static ElementUtilization vm(DemandFlow f, int v) {
        Vm vm = f.scenario.vms().get(v);
        double own = vm.workload() == null ? 0 : vm.workload().cpuUtilization() * vm.vcpus();
        double cpu = ratio(f.vmDemand[v], vm.vcpus());
        Explanation cpuWhy = new Explanation(CPU_MODEL,
                "cpu = (own workload + applications + SSI shares + SSI overhead) / vCPUs; the host sees at most the vCPUs",
                List.of(Input.number("own workload (vCPUs)", own), Input.number("applications (vCPUs)", f.vmAppCpu[v]),
                        Input.number("SSI shares incl. remote-memory penalty (vCPUs)", f.vmSsiCpu[v]),
                        Input.number("SSI scheduling overhead (vCPUs)", f.vmSsiOverhead[v]),
                        Input.count("vCPUs", vm.vcpus())));
        double memory = ratio(f.vmAppMem[v], vm.memory());
        Explanation memWhy = new Explanation(MEMORY_MODEL, "memory = applications inside / VM memory",
                List.of(Input.of("applications", f.vmAppMem[v], Dimension.SIZE), Input.of("VM memory", vm.memory(), Dimension.SIZE)));
        double traffic = vm.workload() == null ? 0 : vm.workload().networkTraffic();
        Location where = f.vmLocation[v];
        double nic = Double.NaN;
        if (where != null && where.mainNode() < f.scenario.hosts().size()) {
            Host host = f.host(where.mainNode());
            nic = host.nicBandwidth() * (1 - (host.hypervisor() == null ? 0 : host.hypervisor().ioOverhead()));
        }
        double network = Double.isNaN(nic) ? Double.NaN : ratio(traffic, nic);
        Explanation netWhy = new Explanation(NETWORK_MODEL, "network = traffic sent / host NIC after I/O overhead",
                List.of(Input.of("traffic", traffic, Dimension.BANDWIDTH), Input.of("host NIC", nic, Dimension.BANDWIDTH)));
        boolean overloaded = cpu > 1 + 1e-9 || memory > 1 + 1e-9 || where == null;
        Map<Resource, Explanation> why = explanations(cpuWhy, memWhy, netWhy, null);
        if (where == null) {
            why.put(Resource.CPU, cpuWhy.withNote("not placed on any host: its demand reaches no hardware"));
        }
        return new ElementUtilization(vm.id(), ElementKind.VM, cpu, memory, network, Double.NaN, overloaded, why);
    }

    private static ElementUtilization switchUtilization(Scenario s, NetworkLoad n, NetworkSwitch sw) {
        int i = n.indexOf(sw.id());
        double through = i < 0 ? 0 : n.throughput(i);
        long ports = s.links().stream().filter(l -> l.touches(sw.id())).count();
        double network = ratio(through, sw.bandwidth());
        Explanation why = new Explanation(NETWORK_MODEL, "network = traffic forwarded / fabric bandwidth",
                List.of(Input.of("forwarded", through, Dimension.BANDWIDTH), Input.of("fabric", sw.bandwidth(), Dimension.BANDWIDTH),
                        Input.count("links", ports), Input.count("ports", sw.ports())));
        boolean tooFewPorts = ports > sw.ports();
        if (tooFewPorts) {
            why = why.withNote("more links than ports");
        }
        return new ElementUtilization(sw.id(), ElementKind.SWITCH, Double.NaN, Double.NaN, network, Double.NaN,
                network > 1 || tooFewPorts, explanations(null, null, why, null));
    }

    private static ElementUtilization storage(NetworkLoad n, Storage st) {
        int i = n.indexOf(st.id());
        double through = i < 0 ? 0 : n.throughput(i);
        double network = ratio(through, st.bandwidth());
        Explanation why = new Explanation(NETWORK_MODEL, "network = traffic served / storage bandwidth",
                List.of(Input.of("served", through, Dimension.BANDWIDTH), Input.of("bandwidth", st.bandwidth(), Dimension.BANDWIDTH)));
        return new ElementUtilization(st.id(), ElementKind.STORAGE, Double.NaN, Double.NaN, network, Double.NaN,
                network > 1, explanations(null, null, why, null));
    }

    private static ElementUtilization link(NetworkLoad n, Link l) {
        double[] load = n.linkLoad(l.id());
        double network = ratio(Math.max(load[0], load[1]), l.bandwidth());
        Explanation why = new Explanation(NETWORK_MODEL, "network = max(towards top, away from top) / link bandwidth",
                List.of(Input.of("towards top", load[0], Dimension.BANDWIDTH), Input.of("away from top", load[1], Dimension.BANDWIDTH),
                        Input.of("bandwidth", l.bandwidth(), Dimension.BANDWIDTH)));
        if (!n.onTree(l.id())) {
            why = why.withNote("not on the spanning tree: standby, carries no traffic");
        }
        return new ElementUtilization(l.id(), ElementKind.LINK, Double.NaN, Double.NaN, network, Double.NaN,
                network > 1, explanations(null, null, why, null));
    }

    static Map<Resource, Explanation> explanations(Explanation cpu, Explanation memory, Explanation network,
                                                   Explanation power) {
        Map<Resource, Explanation> map = new EnumMap<>(Resource.class);
        putIfPresent(map, Resource.CPU, cpu);
        putIfPresent(map, Resource.MEMORY, memory);
        putIfPresent(map, Resource.NETWORK, network);
        putIfPresent(map, Resource.POWER, power);
        return map;
    }

    private static void putIfPresent(Map<Resource, Explanation> map, Resource r, Explanation e) {
        if (e != null) {
            map.put(r, e);
        }
    }

    static double ratio(double demand, double capacity) {
        if (capacity > 0) {
            return demand / capacity;
        }
        return demand > 0 ? Double.POSITIVE_INFINITY : 0;
    }
}
