package org.clustercomposer.app.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;

/**
 * Live hosts as a scenario: host {@code hN} for the N-th URI, all wired to one switch (the user
 * draws the rest), each domain a VM on its host with what was measured in its workload.
 */
public final class ImportedScenario {

    /** Assumed when a host does not say how fast its NICs are (session daemons, some drivers). */
    public static final double DEFAULT_NIC_SPEED = 1e9 / 8;
    /** Power cannot be read through libvirt; these stand in and the description says so. */
    static final double IDLE_POWER = 100;
    static final double PEAK_POWER = 250;
    public static final String SWITCH_ID = "sw1";

    private ImportedScenario() {
    }

    /** The id the N-th host (from 0) gets, so push can pair hosts with URIs in the same order. */
    public static String hostId(int index) {
        return "h" + (index + 1);
    }

    /**
     * @param hosts  the hosts that could be read, each with the position of its URI on the command line
     * @param notes  collects what was assumed (unknown NIC speeds)
     */
    public static Scenario of(List<Indexed> hosts, List<String> notes) {
        List<Host> scenarioHosts = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        hosts.forEach(h -> ids.add(hostId(h.index())));
        ids.add(SWITCH_ID);
        for (Indexed indexed : hosts) {
            LiveHost live = indexed.host();
            String id = hostId(indexed.index());
            double nic = live.fastestNic();
            if (nic <= 0) {
                nic = DEFAULT_NIC_SPEED;
                notes.add(id + " (" + live.uri() + "): NIC speed unknown, assumed 1 Gbit/s");
            }
            Hypervisor hypervisor = live.domainType() == null ? null
                    : new Hypervisor(live.domainType(), Hypervisor.kvm().cpuOverhead(), Hypervisor.kvm().ioOverhead());
            scenarioHosts.add(new Host(id, live.hostname(), live.cpus(), live.coreSpeed(), live.memory(), nic,
                    IDLE_POWER, PEAK_POWER, hypervisor));
            links.add(new Link("l" + (indexed.index() + 1), id, SWITCH_ID, nic, 0));
            for (LiveDomain d : live.domains()) {
                String vmId = unique(d.name(), ids);
                vms.add(new Vm(vmId, d.name(), d.vcpus(), d.memory(), d.disk(), id, workload(d), d.state()));
            }
        }
        String uris = String.join(", ", hosts.stream().map(h -> h.host().uri()).toList());
        StringBuilder ssi = new StringBuilder();
        for (Indexed indexed : hosts) {
            if (!indexed.host().ssiState().isEmpty()) {
                ssi.append(" SSI state of ").append(hostId(indexed.index())).append(": ")
                        .append(indexed.host().ssiState().replace('\n', ' ')).append('.');
            }
        }
        return Scenario.empty("Imported from libvirt")
                .withDescription("Imported from " + uris + ". Hosts: CPUs, speed, memory and NICs as the hosts"
                        + " report them; power (" + (int) IDLE_POWER + " W idle, " + (int) PEAK_POWER
                        + " W peak) is a placeholder, not measured. VMs: vCPUs, memory, disks and state as"
                        + " defined; dirty rate and CPU use measured by libvirt while importing; writable working"
                        + " set = the memory the guest has touched (rss), an upper bound. One switch joins all"
                        + " hosts: draw the real network." + ssi)
                .withHosts(scenarioHosts)
                .withSwitches(List.of(new NetworkSwitch(SWITCH_ID, "imported switch", Math.max(8, hosts.size()),
                        scenarioHosts.stream().mapToDouble(Host::nicBandwidth).sum())))
                .withLinks(links).withVms(vms);
    }

    /** A host read from the URI at this position of the list given to import. */
    public record Indexed(int index, LiveHost host) {
    }

    private static Workload workload(LiveDomain d) {
        double dirty = Double.isNaN(d.dirtyRate()) ? 0 : d.dirtyRate();
        double cpu = Double.isNaN(d.cpuUtilization()) ? 0 : d.cpuUtilization();
        double touched = Double.isNaN(d.residentMemory()) ? 0 : Math.min(d.residentMemory(), d.memory());
        return new Workload(cpu, dirty, touched, 0, null);
    }

    private static String unique(String name, Set<String> ids) {
        String id = name;
        for (int i = 2; !ids.add(id); i++) {
            id = name + "-" + i;
        }
        return id;
    }
}
