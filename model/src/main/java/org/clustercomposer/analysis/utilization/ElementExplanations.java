package org.clustercomposer.analysis.utilization;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.clustercomposer.units.Dimension;

/** Builds the explanations of each kind of element, on demand, from the numbers the analysis kept. */
final class ElementExplanations {

    static final String CPU_MODEL = "CPU demand over capacity";
    static final String MEMORY_MODEL = "allocated memory over physical memory";
    static final String NETWORK_MODEL = "traffic over bandwidth (busiest direction)";
    static final String POWER_MODEL = "linear idle-to-peak power";

    private ElementExplanations() {
    }

    // The explanations take the numbers they show, not the flow: a result kept over later edits must not keep
    // every earlier flow alive.
    static Map<Resource, Explanation> host(Host host, DemandFlow.HostDemand d, double cpuDemand, double sent,
                                           double received, double overcommitLimit) {
        double hypervisor = host.hypervisor() == null ? 0 : host.hypervisor().cpuOverhead();
        double io = host.hypervisor() == null ? 0 : host.hypervisor().ioOverhead();
        double cpu = UtilizationAnalysis.ratio(cpuDemand, host.cores());
        Explanation cpuWhy = new Explanation(CPU_MODEL,
                "cpu = (VMs + applications + SSI shares + SSI overhead + hypervisor overhead * cores) / cores",
                List.of(Input.number("VMs (cores)", d.vmCpu()), Input.number("applications (cores)", d.appCpu()),
                        Input.number("SSI shares incl. remote-memory penalty (cores)", d.ssiCpu()),
                        Input.number("of which remote-memory penalty (cores)", d.penalty()),
                        Input.number("SSI scheduling overhead (cores)", d.ssiOverhead()),
                        Input.fraction("hypervisor overhead", hypervisor), Input.count("cores", host.cores()),
                        Input.of("core speed", host.coreSpeed(), Dimension.FREQUENCY)));
        Explanation memWhy = new Explanation(MEMORY_MODEL,
                "memory = (VM memory + applications + SSI shares) / physical memory; overloaded above "
                        + overcommitLimit + "x",
                List.of(Input.of("VMs", d.vmMemory(), Dimension.SIZE), Input.of("applications", d.appMemory(), Dimension.SIZE),
                        Input.of("SSI shares", d.ssiMemory(), Dimension.SIZE), Input.of("physical", host.memory(), Dimension.SIZE)));
        Explanation netWhy = new Explanation(NETWORK_MODEL, "network = max(sent, received) / (NIC * (1 - I/O overhead))",
                List.of(Input.of("sent", sent, Dimension.BANDWIDTH),
                        Input.of("received", received, Dimension.BANDWIDTH),
                        Input.of("NIC", host.nicBandwidth(), Dimension.BANDWIDTH), Input.fraction("I/O overhead", io)));
        Explanation powerWhy = new Explanation(POWER_MODEL, "power = idle + (peak - idle) * min(1, cpu)",
                List.of(Input.of("idle", host.idlePower(), Dimension.POWER), Input.of("peak", host.peakPower(), Dimension.POWER),
                        Input.fraction("cpu", cpu)));
        return map(cpuWhy, memWhy, netWhy, powerWhy);
    }

    static Map<Resource, Explanation> vm(Vm vm, DemandFlow.VmDemand d, boolean placed, double hostNic) {
        double own = vm.workload() == null ? 0 : vm.workload().cpuUtilization() * vm.vcpus();
        double traffic = vm.workload() == null ? 0 : vm.workload().networkTraffic();
        Explanation cpuWhy = new Explanation(CPU_MODEL,
                "cpu = max(own workload, applications + SSI shares + SSI overhead) / vCPUs; the host sees at most the vCPUs",
                List.of(Input.number("own workload (vCPUs)", own), Input.number("applications (vCPUs)", d.appCpu()),
                        Input.number("SSI shares incl. remote-memory penalty (vCPUs)", d.ssiCpu()),
                        Input.number("SSI scheduling overhead (vCPUs)", d.ssiOverhead()),
                        Input.count("vCPUs", vm.vcpus())));
        if (!placed) {
            cpuWhy = cpuWhy.withNote("not placed on any host: its demand reaches no hardware");
        }
        double workingSet = vm.workload() == null ? 0 : vm.workload().writableWorkingSet();
        Explanation memWhy = new Explanation(MEMORY_MODEL,
                "memory = max(own workload's writable working set, applications inside) / VM memory",
                List.of(Input.of("own working set", workingSet, Dimension.SIZE),
                        Input.of("applications", d.appMemory(), Dimension.SIZE), Input.of("VM memory", vm.memory(), Dimension.SIZE)));
        Explanation netWhy = new Explanation(NETWORK_MODEL, "network = traffic sent / host NIC after I/O overhead",
                List.of(Input.of("traffic", traffic, Dimension.BANDWIDTH), Input.of("host NIC", hostNic, Dimension.BANDWIDTH)));
        return map(cpuWhy, memWhy, netWhy, null);
    }

    static Map<Resource, Explanation> networkSwitch(NetworkSwitch sw, double forwarded, long links) {
        Explanation why = new Explanation(NETWORK_MODEL, "network = traffic forwarded / fabric bandwidth",
                List.of(Input.of("forwarded", forwarded, Dimension.BANDWIDTH), Input.of("fabric", sw.bandwidth(), Dimension.BANDWIDTH),
                        Input.count("links", links), Input.count("ports", sw.ports())));
        return map(null, null, links > sw.ports() ? why.withNote("more links than ports") : why, null);
    }

    static Map<Resource, Explanation> storage(Storage st, double served) {
        return map(null, null, new Explanation(NETWORK_MODEL, "network = traffic served / storage bandwidth",
                List.of(Input.of("served", served, Dimension.BANDWIDTH), Input.of("bandwidth", st.bandwidth(), Dimension.BANDWIDTH))),
                null);
    }

    static Map<Resource, Explanation> link(Link l, double[] load, boolean onTree) {
        Explanation why = new Explanation(NETWORK_MODEL, "network = max(towards top, away from top) / link bandwidth",
                List.of(Input.of("towards top", load[0], Dimension.BANDWIDTH), Input.of("away from top", load[1], Dimension.BANDWIDTH),
                        Input.of("bandwidth", l.bandwidth(), Dimension.BANDWIDTH)));
        return map(null, null, onTree ? why : why.withNote("not on the spanning tree: standby, carries no traffic"), null);
    }

    static Map<Resource, Explanation> map(Explanation cpu, Explanation memory, Explanation network, Explanation power) {
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
}
