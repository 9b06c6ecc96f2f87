package org.clustercomposer.scenario.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Host;

/**
 * Places VMs on hosts that are free for them, giving a host a hypervisor when it takes its first
 * VM. A VM tries two random KVM hosts, then a few next-fit steps, then opens a new host; only when
 * every host is open does it search them all. So placement is linear until the hosts are nearly
 * full, and never exceeds a host's memory (75 % while new hosts remain: room to migrate), four
 * vCPUs per core, or an expected CPU demand (vCPUs times the workload's utilization, plus the
 * hypervisor) of 70 % of the cores (85 % once every host is open): what an architect aims for,
 * hosts at 30-70 % CPU with headroom for peaks and migrations.
 */
final class VmPlacement {

    private static final double COMFORTABLE_FILL = 0.75;
    private static final double FULL_FILL = 0.95;
    private static final int VCPUS_PER_CORE = 4;
    private static final int NEXT_FIT_STEPS = 8;
    private static final double COMFORTABLE_CPU = 0.70;
    private static final double FULL_CPU = 0.85;
    /** What a VM that will join an SSI domain may be asked to run: the domain's job plus its penalty. */
    static final double SSI_MEMBER_CPU = 0.85;

    private final List<Host> hosts;
    private final List<Integer> closed;
    private final List<Integer> open = new ArrayList<>();
    private final double[] memoryUsed;
    private final int[] vcpusUsed;
    private final double[] cpuDemand;
    private int nextClosed;
    private int cursor;

    /** @param candidates indices of hosts that may carry VMs, in the order they are opened */
    VmPlacement(List<Host> hosts, List<Integer> candidates) {
        this.hosts = hosts;
        this.closed = candidates;
        this.memoryUsed = new double[hosts.size()];
        this.vcpusUsed = new int[hosts.size()];
        this.cpuDemand = new double[hosts.size()];
        for (int h = 0; h < hosts.size(); h++) {
            cpuDemand[h] = Hypervisor.kvm().cpuOverhead() * hosts.get(h).cores();
        }
    }

    /**
     * Generates {@code count} VMs and places each; throws when the hosts cannot hold them. The
     * last {@code ssiTail} VMs may join SSI domains, so their CPU is counted as an SSI job's.
     */
    List<Vm> place(int count, int ssiTail, Random random) {
        List<Vm> vms = new ArrayList<>(count);
        int groupEnd = 0;
        int groupStart = 0;
        for (int i = 0; i < count; i++) {
            if (i == groupEnd) {
                // VMs come in tenants of 1-8 that talk to each other (web tier -> db, MPI ranks).
                groupStart = i;
                groupEnd = Math.min(count, i + 1 + random.nextInt(8));
            }
            VmFlavor flavor = VmFlavor.draw(random);
            WorkloadProfile profile = WorkloadProfile.draw(random);
            String trafficTo = null;
            if (groupEnd - groupStart > 1 && random.nextInt(10) < 6) {
                int peer = i + 1 < groupEnd ? i + 1 : groupStart;
                trafficTo = "vm" + (peer + 1);
            }
            Workload workload = profile.workload(random, flavor.memory, trafficTo);
            double demand = flavor.vcpus * (i >= count - ssiTail ? Math.max(workload.cpuUtilization(), SSI_MEMBER_CPU)
                    : workload.cpuUtilization());
            int host = hostFor(flavor, demand, random);
            if (host < 0) {
                throw new IllegalArgumentException("cannot place " + count + " VMs on " + hosts.size()
                        + " hosts: their memory is full after " + i + " VMs; use more hosts, fewer VMs or fewer SSI"
                        + " domains over hosts");
            }
            memoryUsed[host] += flavor.memory;
            vcpusUsed[host] += flavor.vcpus;
            cpuDemand[host] += demand;
            vms.add(new Vm("vm" + (i + 1), profile.label + "-" + (i + 1) + " (" + flavor.label + ")", flavor.vcpus,
                    flavor.memory, flavor.disk, hosts.get(host).id(), workload));
        }
        return vms;
    }

    /** Indices of the hosts that took VMs, in the order they were opened. */
    List<Integer> openedHosts() {
        return open;
    }

    private int hostFor(VmFlavor flavor, double demand, Random random) {
        for (int attempt = 0; attempt < 2 && !open.isEmpty(); attempt++) {
            int h = open.get(random.nextInt(open.size()));
            if (fits(h, flavor, demand, COMFORTABLE_FILL, COMFORTABLE_CPU)) {
                return h;
            }
        }
        for (int step = 0; step < Math.min(NEXT_FIT_STEPS, open.size()); step++) {
            cursor = (cursor + 1) % open.size();
            if (fits(open.get(cursor), flavor, demand, COMFORTABLE_FILL, COMFORTABLE_CPU)) {
                return open.get(cursor);
            }
        }
        while (nextClosed < closed.size()) {
            int h = closed.get(nextClosed++);
            open.add(h);
            if (fits(h, flavor, demand, COMFORTABLE_FILL, COMFORTABLE_CPU)) {
                return h;
            }
        }
        // Every host is open: fuller hosts, and only when nothing else is left, a busy one.
        for (double cpu : new double[] {FULL_CPU, 1.0}) {
            for (int h : open) {
                if (fits(h, flavor, demand, FULL_FILL, cpu)) {
                    return h;
                }
            }
        }
        // The hosts' CPU is spoken for: the least loaded one with memory to spare takes the VM.
        int best = -1;
        double bestLoad = Double.POSITIVE_INFINITY;
        for (int h : open) {
            double load = (cpuDemand[h] + demand) / hosts.get(h).cores();
            if (load < bestLoad && fits(h, flavor, demand, FULL_FILL, Double.POSITIVE_INFINITY)) {
                best = h;
                bestLoad = load;
            }
        }
        return best;
    }

    private boolean fits(int h, VmFlavor flavor, double demand, double fill, double cpu) {
        Host host = hosts.get(h);
        return flavor.vcpus <= host.cores()
                && cpuDemand[h] + demand <= cpu * host.cores()
                && vcpusUsed[h] + flavor.vcpus <= VCPUS_PER_CORE * host.cores()
                && memoryUsed[h] + flavor.memory <= fill * host.memory();
    }
}
