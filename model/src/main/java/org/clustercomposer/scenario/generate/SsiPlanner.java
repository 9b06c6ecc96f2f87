package org.clustercomposer.scenario.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;

/**
 * SSI domains of a generated scenario and the jobs they run. Host domains take 4-16 bare hosts of
 * one rack (Kerrighed and MOSIX clusters were rack-sized); VM domains take 4-8 VMs (virtual
 * clusters). Overheads from the Kerrighed and MOSIX papers: DSM makes remote pages costly in
 * Kerrighed, MOSIX migrates whole processes and pays mostly for remote system calls.
 */
final class SsiPlanner {

    private static final double SSI_ROW = 60;

    final List<SsiDomain> domains = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();
    final List<Application> applications = new ArrayList<>();

    private final Fabric fabric;
    private final Random random;
    private final boolean[] reserved;
    private final int[] freeInRack;
    private final int[] domainsInRack;

    SsiPlanner(Fabric fabric, Random random) {
        this.fabric = fabric;
        this.random = random;
        this.reserved = new boolean[fabric.hosts.size()];
        this.freeInRack = new int[fabric.racks];
        this.domainsInRack = new int[fabric.racks];
        for (int r : fabric.rackOf) {
            freeInRack[r]++;
        }
    }

    /** Reserves at most {@code budget} bare hosts for {@code count} domains, each in one rack. */
    void overHosts(int count, int budget) {
        int left = budget;
        int pairs = 0;
        for (int free : freeInRack) {
            pairs += free / 2;
        }
        int rack = 0;
        for (int d = 0; d < count; d++) {
            while (freeInRack[rack] < 2) {
                rack = (rack + 1) % fabric.racks;
            }
            int free = freeInRack[rack];
            int size = Math.min(Math.min(free, 4 + random.nextInt(13)), left - 2 * (count - d - 1));
            // Keep at least one pair of hosts for every domain still to come.
            while (size > 2 && pairs - free / 2 + (free - size) / 2 < count - d - 1) {
                size--;
            }
            pairs += (free - size) / 2 - free / 2;
            int rackStart = rack * Fabric.HOSTS_PER_RACK;
            List<String> members = new ArrayList<>();
            int totalCores = 0;
            double totalMemory = 0;
            for (int h = rackStart + free - size; h < rackStart + free; h++) {
                reserved[h] = true;
                Host host = fabric.hosts.get(h);
                members.add(host.id());
                totalCores += host.cores();
                totalMemory += host.memory();
            }
            freeInRack[rack] -= size;
            left -= size;
            SsiKind kind = d % 2 == 0 ? SsiKind.KERRIGHED : SsiKind.MOSIX;
            add(kind, members, rack, totalCores, totalMemory);
            rack = (rack + 1) % fabric.racks;
        }
    }

    /** Hosts not reserved for a domain over hosts: the ones VMs may use. */
    List<Integer> freeHosts() {
        List<Integer> free = new ArrayList<>();
        for (int h = 0; h < reserved.length; h++) {
            if (!reserved[h]) {
                free.add(h);
            }
        }
        return free;
    }

    /** Domains over disjoint groups of VMs, taken from the end of the list. */
    void overVms(int count, List<Vm> vms, IntUnaryOperator rackOfVm) {
        int end = vms.size();
        for (int d = 0; d < count; d++) {
            int size = Math.min(4 + random.nextInt(5), end - 2 * (count - d - 1));
            List<String> members = new ArrayList<>();
            int vcpus = 0;
            double memory = 0;
            for (int i = end - size; i < end; i++) {
                members.add(vms.get(i).id());
                vcpus += vms.get(i).vcpus();
                memory += vms.get(i).memory();
            }
            SsiKind kind = d % 3 == 2 ? SsiKind.GENERIC : d % 3 == 0 ? SsiKind.KERRIGHED : SsiKind.MOSIX;
            add(kind, members, rackOfVm.applyAsInt(end - size), vcpus, memory);
            end -= size;
        }
    }

    /** One application on a bare host that no SSI uses. */
    void batchJob(Host host) {
        applications.add(job("batch", host.id(), host.cores(), host.memory(), 0));
    }

    private void add(SsiKind kind, List<String> members, int rack, int cores, double memory) {
        String id = "ssi" + (domains.size() + 1);
        double penalty = switch (kind) {
            case KERRIGHED -> 0.35;
            case MOSIX -> 0.15;
            default -> 0.3;
        };
        double overhead = kind == SsiKind.KERRIGHED ? 0.03 : 0.02;
        domains.add(new SsiDomain(id, kind.jsonName() + "-" + (domains.size() + 1), kind, members, penalty, overhead));
        positions.add(new Position(Fabric.columnX(rack), Fabric.belowRack() + domainsInRack[rack]++ * SSI_ROW));
        applications.add(job("mpi", id, cores, memory, penalty + overhead));
    }

    // A job asks for 35-65 % of the cores it runs on, less what the SSI's remote-memory penalty
    // and scheduling overhead add, so with them the domain runs at 35-65 % too: loaded, not overloaded.
    private Application job(String label, String placedOn, int cores, double memory, double ssiCost) {
        String id = "app" + (applications.size() + 1);
        int processes = Math.max(1, cores);
        double cpuDemand = Math.round(cores * (0.35 + 0.3 * random.nextDouble()) / (1 + ssiCost) * 10) / 10.0;
        double jobMemory = Math.max(1, Math.round(memory / Units.GIB * (0.2 + 0.3 * random.nextDouble()))) * Units.GIB;
        double communication = (100 + random.nextInt(1901)) * Units.MBIT;
        double dirtyRate = (5 + random.nextInt(96)) * Units.MIB;
        return new Application(id, label + "-" + (applications.size() + 1), placedOn, processes, cpuDemand, jobMemory,
                communication, dirtyRate);
    }
}
