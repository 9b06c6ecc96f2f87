package org.clustercomposer.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;

/**
 * The node and partition lines of a slurm.conf. Compute nodes are where work runs: bare-metal
 * hosts and VMs (a virtualized host is the VMs' hypervisor, not a Slurm node). Partitions: one per
 * SSI domain, one per switch with compute nodes wired to it (a rack), and {@code all}, the default.
 */
public final class SlurmConf {

    public static final String FILE_NAME = "slurm-nodes.conf";

    private SlurmConf() {
    }

    public static List<ExportedFile> export(Scenario scenario) throws ExportRefusedException {
        List<Problem> problems = new ArrayList<>();
        StringBuilder conf = new StringBuilder();
        conf.append("# Node and partition lines for slurm.conf, exported by Cluster Composer from \"")
                .append(oneLine(scenario.name())).append("\".\n");
        Set<String> nodes = new LinkedHashSet<>();
        for (Host host : scenario.hosts()) {
            if (host.isVirtualized()) {
                continue;
            }
            ExportNames.check(scenario, host, ExportTarget.SLURM, "a Slurm NodeName", problems);
            nodes.add(host.id());
            conf.append(nodeLine(host.id(), host.cores(), host.memory(), host.coreSpeed()));
        }
        for (Vm vm : scenario.vms()) {
            ExportNames.check(scenario, vm, ExportTarget.SLURM, "a Slurm NodeName", problems);
            nodes.add(vm.id());
            conf.append(nodeLine(vm.id(), vm.vcpus(), vm.memory(), 0));
        }
        List<String> partitions = new ArrayList<>();
        for (SsiDomain domain : scenario.ssiDomains()) {
            ExportNames.check(scenario, domain, ExportTarget.SLURM, "a Slurm PartitionName", problems);
            List<String> members = domain.members().stream().filter(nodes::contains).toList();
            partition(conf, partitions, "ssi_" + domain.id(), members, false);
        }
        for (NetworkSwitch sw : scenario.switches()) {
            ExportNames.check(scenario, sw, ExportTarget.SLURM, "a Slurm PartitionName", problems);
            List<String> rack = new ArrayList<>();
            for (Link link : scenario.links()) {
                String other = link.touches(sw.id()) ? link.otherEnd(sw.id()) : null;
                if (other != null && nodes.contains(other)) {
                    rack.add(other);
                }
                // VMs count in the rack of the host they run on.
                for (Vm vm : scenario.vms()) {
                    if (vm.placedOn().equals(other)) {
                        rack.add(vm.id());
                    }
                }
            }
            partition(conf, partitions, "rack_" + sw.id(), rack, false);
        }
        partition(conf, partitions, "all", List.copyOf(nodes), true);
        if (!problems.isEmpty()) {
            throw new ExportRefusedException(problems);
        }
        return List.of(new ExportedFile(FILE_NAME, conf.toString()));
    }

    private static String nodeLine(String name, int cpus, double memory, double coreSpeed) {
        StringBuilder line = new StringBuilder("NodeName=").append(name).append(" CPUs=").append(cpus)
                .append(" RealMemory=").append((long) Math.floor(memory / (1 << 20)));
        if (coreSpeed > 0) {
            line.append(" Feature=mhz").append(Math.round(coreSpeed / 1e6));
        }
        return line.append(" State=UNKNOWN\n").toString();
    }

    private static void partition(StringBuilder conf, List<String> names, String name, List<String> members,
                                  boolean isDefault) {
        if (members.isEmpty() || names.contains(name)) {
            return;
        }
        names.add(name);
        conf.append("PartitionName=").append(name).append(" Nodes=").append(String.join(",", members))
                .append(" Default=").append(isDefault ? "YES" : "NO").append(" MaxTime=INFINITE State=UP\n");
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}]", " ");
    }
}
