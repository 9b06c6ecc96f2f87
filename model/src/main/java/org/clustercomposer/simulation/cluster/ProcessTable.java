package org.clustercomposer.simulation.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;

/**
 * Application processes and the SSI domains that schedule them. A process runs on a place (a host
 * or a VM, numbered as {@link Places} says). Processes of an application placed on an SSI domain start
 * spread round-robin over its members; the SSI may move them. A process away from its home member
 * runs slower by the domain's remote-memory penalty (its pages stay at home), so it asks for more
 * CPU. Each member also spends the domain's scheduling overhead.
 */
public final class ProcessTable {

    private final ClusterModel cluster;
    private final String[] domainIds;
    // Asked once per VM and application when a run starts: a scan per call was 100 million
    // comparisons at 100,000 VMs and 1,000 domains.
    private final Map<String, Integer> domainIndexById = new HashMap<>();
    private final SsiKind[] kinds;
    private final int[][] members;
    private final double[] penalty;
    private final double[] overhead;
    private final boolean[] domainAlive;

    private final int count;
    private final int[] domain;
    private final int[] app;
    private final int[] place;
    private final int[] home;
    private final double[] baseDemand;
    private final double[] processMemory;
    private final double[] dirtyRate;
    private final boolean[] alive;
    private final boolean[] frozen;
    private final String[] appIds;
    // Fixed for the run: each domain's processes in ascending order, and each process's number within its
    // application. The SSI balance asks for a domain's processes at a place per domain and step; a scan of every
    // process each time was 70 % of a 10,000-host ssi-balance day (32,000 processes, 1,000 domains).
    private final int[][] processesOfDomain;
    private final int[] numberInApp;

    public ProcessTable(Scenario scenario, ClusterModel cluster) {
        this.cluster = cluster;
        List<SsiDomain> domains = scenario.ssiDomains();
        domainIds = new String[domains.size()];
        kinds = new SsiKind[domains.size()];
        members = new int[domains.size()][];
        penalty = new double[domains.size()];
        overhead = new double[domains.size()];
        domainAlive = new boolean[domains.size()];
        for (int d = 0; d < domains.size(); d++) {
            SsiDomain s = domains.get(d);
            domainIds[d] = s.id();
            domainIndexById.putIfAbsent(s.id(), d);
            kinds[d] = s.kind();
            members[d] = s.members().stream().mapToInt(this::placeOf).filter(p -> p >= 0).toArray();
            penalty[d] = s.remoteMemoryPenalty();
            overhead[d] = s.schedulingOverhead();
            domainAlive[d] = true;
        }
        List<Application> apps = scenario.applications();
        appIds = apps.stream().map(Application::id).toArray(String[]::new);
        List<int[]> rows = new ArrayList<>();
        for (int a = 0; a < apps.size(); a++) {
            Application application = apps.get(a);
            int d = domainIndex(application.placedOn());
            int direct = placeOf(application.placedOn());
            int n = Math.max(1, application.processes());
            for (int i = 0; i < n; i++) {
                int p = d >= 0 ? (members[d].length == 0 ? -1 : members[d][i % members[d].length]) : direct;
                rows.add(new int[] {a, d, p});
            }
        }
        count = rows.size();
        domain = new int[count];
        app = new int[count];
        place = new int[count];
        home = new int[count];
        baseDemand = new double[count];
        processMemory = new double[count];
        dirtyRate = new double[count];
        alive = new boolean[count];
        frozen = new boolean[count];
        for (int i = 0; i < count; i++) {
            int[] row = rows.get(i);
            Application application = apps.get(row[0]);
            int n = Math.max(1, application.processes());
            app[i] = row[0];
            domain[i] = row[1];
            place[i] = row[2];
            home[i] = row[2];
            baseDemand[i] = application.cpuDemand() / n;
            processMemory[i] = application.memory() / n;
            dirtyRate[i] = application.dirtyRate();
            alive[i] = row[2] >= 0;
        }
        int[] perDomain = new int[domains.size()];
        int[] perApp = new int[apps.size()];
        numberInApp = new int[count];
        for (int i = 0; i < count; i++) {
            if (domain[i] >= 0) {
                perDomain[domain[i]]++;
            }
            numberInApp[i] = perApp[app[i]]++;
        }
        processesOfDomain = new int[domains.size()][];
        for (int d = 0; d < perDomain.length; d++) {
            processesOfDomain[d] = new int[perDomain[d]];
            perDomain[d] = 0;
        }
        for (int i = 0; i < count; i++) {
            if (domain[i] >= 0) {
                processesOfDomain[domain[i]][perDomain[domain[i]]++] = i;
            }
        }
    }

    /** Adds every process's and member's demand to the cluster; call once VMs are placed. */
    public void start() {
        for (int d = 0; d < members.length; d++) {
            for (int m : members[d]) {
                cluster.addPlaceDemand(m, memberOverhead(d, m));
            }
        }
        for (int i = 0; i < count; i++) {
            if (alive[i]) {
                cluster.addPlaceDemand(place[i], demandOf(i));
                cluster.addPlaceMemory(place[i], processMemory[i]);
            }
        }
    }

    private double memberOverhead(int d, int m) {
        return overhead[d] * cluster.placeSize(m);
    }

    private int placeOf(String id) {
        int h = cluster.hostIndex(id);
        if (h >= 0) {
            return cluster.places().ofHost(h);
        }
        int v = cluster.vmIndex(id);
        return v >= 0 ? cluster.places().ofVm(v) : -1;
    }

    public int domainIndex(String id) {
        return id == null ? -1 : domainIndexById.getOrDefault(id, -1);
    }

    /** CPU the process asks for where it is now (more when away from home). */
    public double demandOf(int i) {
        double factor = domain[i] >= 0 && place[i] != home[i] ? 1 + penalty[domain[i]] : 1;
        return baseDemand[i] * factor;
    }

    /** Freezes a process for migration: its demand becomes unserved until it thaws elsewhere. */
    public void freeze(int i) {
        if (!frozen[i] && alive[i]) {
            cluster.addPlaceDemand(place[i], -demandOf(i));
            cluster.addUnservedRate(demandOf(i));
            frozen[i] = true;
        }
    }

    /** Thaws a frozen process at a (possibly new) place. */
    public void thawAt(int i, int newPlace) {
        if (!frozen[i] || !alive[i]) {
            return;
        }
        cluster.addUnservedRate(-demandOf(i));
        // Its pages stay at the source while it is frozen and arrive with it.
        cluster.addPlaceMemory(place[i], -processMemory[i]);
        cluster.addPlaceMemory(newPlace, processMemory[i]);
        place[i] = newPlace;
        cluster.addPlaceDemand(place[i], demandOf(i));
        frozen[i] = false;
    }

    /** Kills a process: its work is lost for the rest of the run (counted as unserved). */
    public void kill(int i) {
        if (!alive[i]) {
            return;
        }
        if (frozen[i]) {
            frozen[i] = false;
        } else {
            cluster.addPlaceDemand(place[i], -demandOf(i));
            cluster.addUnservedRate(demandOf(i));
        }
        cluster.addPlaceMemory(place[i], -processMemory[i]);
        alive[i] = false;
    }

    /** Removes a member's scheduling overhead (it left the domain). */
    public void dropMember(int d, int member) {
        int before = members[d].length;
        members[d] = Arrays.stream(members[d]).filter(m -> m != member).toArray();
        if (members[d].length < before) {
            cluster.addPlaceDemand(member, -memberOverhead(d, member));
        }
    }

    /** The whole domain is gone (a member failed and the kind has no tolerance). */
    public void killDomain(int d) {
        for (int i : processesOfDomain[d]) {
            kill(i);
        }
        for (int m : members[d].clone()) {
            dropMember(d, m);
        }
        domainAlive[d] = false;
    }

    /** Processes living at places on host h (directly or inside its VMs). */
    public int[] processesOnHost(int h) {
        return IntStream.range(0, count)
                .filter(i -> alive[i] && cluster.hostOfPlace(place[i]) == h).toArray();
    }

    /**
     * For each host, whether a live process or a live domain's member sits on it (directly or inside its VMs): one pass
     * over the processes and members, where asking {@link #processesOnHost} and {@link #domainsOnHost} host by host
     * scans them all once per host (70 % of a consolidation day at 1,000 hosts).
     */
    public boolean[] hostsWithProcesses() {
        boolean[] pinned = new boolean[cluster.hostCount()];
        for (int i = 0; i < count; i++) {
            if (alive[i]) {
                mark(pinned, cluster.hostOfPlace(place[i]));
            }
        }
        for (int d = 0; d < members.length; d++) {
            if (domainAlive[d]) {
                for (int m : members[d]) {
                    mark(pinned, cluster.hostOfPlace(m));
                }
            }
        }
        return pinned;
    }

    private static void mark(boolean[] hosts, int h) {
        if (h >= 0) {
            hosts[h] = true;
        }
    }

    /** Domains that have a member at a place on host h. */
    public int[] domainsOnHost(int h) {
        return IntStream.range(0, members.length)
                .filter(d -> domainAlive[d] && Arrays.stream(members[d]).anyMatch(m -> cluster.hostOfPlace(m) == h))
                .toArray();
    }

    /** Members of domain d that sit on host h. */
    public int[] membersOnHost(int d, int h) {
        return Arrays.stream(members[d]).filter(m -> cluster.hostOfPlace(m) == h).toArray();
    }

    public int processCount() {
        return count;
    }

    public int domainCount() {
        return domainIds.length;
    }

    public String domainId(int d) {
        return domainIds[d];
    }

    public SsiKind kind(int d) {
        return kinds[d];
    }

    public boolean isDomainAlive(int d) {
        return domainAlive[d];
    }

    public int[] members(int d) {
        return members[d].clone();
    }

    public int domainOf(int i) {
        return domain[i];
    }

    public int placeOfProcess(int i) {
        return place[i];
    }

    public String processName(int i) {
        return appIds[app[i]] + "#" + numberInApp[i];
    }

    public double memoryOf(int i) {
        return processMemory[i];
    }

    public double dirtyRateOf(int i) {
        return dirtyRate[i];
    }

    public boolean isAlive(int i) {
        return alive[i];
    }

    public boolean isFrozen(int i) {
        return frozen[i];
    }

    /** CPU demand of each domain's live processes, in one pass over the processes. */
    public double[] domainDemands() {
        double[] sums = new double[domainIds.length];
        for (int i = 0; i < count; i++) {
            if (domain[i] >= 0 && alive[i]) {
                sums[domain[i]] += demandOf(i);
            }
        }
        return sums;
    }

    /** Processes of domain d whose place is p. */
    public int[] processesAt(int d, int p) {
        return Arrays.stream(processesOfDomain[d])
                .filter(i -> alive[i] && !frozen[i] && place[i] == p).toArray();
    }
}
