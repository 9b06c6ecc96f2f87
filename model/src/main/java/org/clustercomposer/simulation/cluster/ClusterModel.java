package org.clustercomposer.simulation.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Host;

/**
 * The live state of hosts and VMs during a run, in arrays indexed by host and VM number (the
 * scenario's list order). Every change to what a host carries goes through here, so host demand,
 * memory and the energy/SLA integrals stay consistent incrementally. SSI processes live in
 * {@link ProcessTable}, which adds its demand through {@link #addPlaceDemand}.
 */
public final class ClusterModel {

    private final int hostCount;
    private final Places places;
    private final String[] hostIds;
    private final double[] capacity;
    private final double[] memory;
    private final double[] idlePower;
    private final double[] peakPower;
    private final boolean[] on;
    private final boolean[] failed;
    private final boolean[] maintenance;
    private long usabilityChanges;
    private final double[] demand;
    private final double[] memoryUsed;
    private final double[] reservedCores;
    private final double[] reservedMemory;
    private final double[] allocatedVcpus;
    private final double[] reservedVcpus;
    private final IntList[] vmsOn;

    private final int vmCount;
    private final String[] vmIds;
    private final double[] vcpus;
    private final double[] vmMemory;
    private final double[] vmDisk;
    private final double[] dirtyRate;
    private final double[] writableWorkingSet;
    private final double[] vmNonZeroMemory;
    private final double[] utilization;
    private final double[] extraDemand;
    private final int[] vmHost;
    private final boolean[] paused;
    private final boolean[] migrating;
    private final int[] vmDomain;
    private final int[][] spanHosts;
    private final double[][] spanShares;

    private final Map<String, Integer> hostIndex = new HashMap<>();
    private final Map<String, Integer> vmIndex = new HashMap<>();
    private final Accounting accounting;
    private final HostLoadIndex loadIndex;

    public ClusterModel(Scenario scenario) {
        List<Host> hosts = scenario.hosts();
        hostCount = hosts.size();
        places = new Places(hostCount);
        hostIds = new String[hostCount];
        capacity = new double[hostCount];
        memory = new double[hostCount];
        idlePower = new double[hostCount];
        peakPower = new double[hostCount];
        on = new boolean[hostCount];
        failed = new boolean[hostCount];
        maintenance = new boolean[hostCount];
        demand = new double[hostCount];
        memoryUsed = new double[hostCount];
        reservedCores = new double[hostCount];
        reservedMemory = new double[hostCount];
        allocatedVcpus = new double[hostCount];
        reservedVcpus = new double[hostCount];
        vmsOn = new IntList[hostCount];
        for (int h = 0; h < hostCount; h++) {
            Host host = hosts.get(h);
            hostIds[h] = host.id();
            hostIndex.put(host.id(), h);
            // As the analytical engine does: the hypervisor's share is demand on the host, not lost capacity.
            double overhead = host.isVirtualized() ? host.hypervisor().cpuOverhead() : 0;
            capacity[h] = host.cores();
            demand[h] = overhead * host.cores();
            memory[h] = host.memory();
            idlePower[h] = host.idlePower();
            peakPower[h] = host.peakPower();
            on[h] = true;
            vmsOn[h] = new IntList();
        }
        List<Vm> vms = scenario.vms();
        vmCount = vms.size();
        vmIds = new String[vmCount];
        vcpus = new double[vmCount];
        vmMemory = new double[vmCount];
        vmDisk = new double[vmCount];
        dirtyRate = new double[vmCount];
        writableWorkingSet = new double[vmCount];
        vmNonZeroMemory = new double[vmCount];
        utilization = new double[vmCount];
        extraDemand = new double[vmCount];
        vmHost = new int[vmCount];
        paused = new boolean[vmCount];
        migrating = new boolean[vmCount];
        vmDomain = new int[vmCount];
        spanHosts = new int[vmCount][];
        spanShares = new double[vmCount][];
        for (int v = 0; v < vmCount; v++) {
            Vm vm = vms.get(v);
            vmIds[v] = vm.id();
            vmIndex.put(vm.id(), v);
            vcpus[v] = vm.vcpus();
            vmMemory[v] = vm.memory();
            vmDisk[v] = vm.disk();
            var w = vm.workload() == null ? Workload.idle() : vm.workload();
            dirtyRate[v] = w.dirtyRate();
            writableWorkingSet[v] = w.writableWorkingSet();
            vmNonZeroMemory[v] = w.nonZeroMemory(vm.memory());
            utilization[v] = w.cpuUtilization();
            vmHost[v] = -1;
            vmDomain[v] = -1;
        }
        accounting = new Accounting(hostCount);
        for (int h = 0; h < hostCount; h++) {
            refresh(h);
        }
        loadIndex = new HostLoadIndex(capacity, h -> demand[h] + reservedCores[h]);
    }

    /** Hosts by core count and CPU in use, kept current as demand and reservations change. */
    public HostLoadIndex loadIndex() {
        return loadIndex;
    }

    // ---- clock and accounting ----

    /** Moves the accounting clock; every later change is integrated from this instant. */
    public void setClock(double now) {
        accounting.setClock(now);
    }

    public Accounting accounting() {
        return accounting;
    }

    public void settleAll() {
        accounting.settleAll();
    }

    private void refresh(int h) {
        boolean running = on[h] && !failed[h];
        double served = running ? Math.min(demand[h], capacity[h]) : 0;
        double u = capacity[h] > 0 ? served / capacity[h] : 0;
        double watts = running ? idlePower[h] + (peakPower[h] - idlePower[h]) * u : 0;
        accounting.set(h, watts, running ? Math.max(0, demand[h] - capacity[h]) : 0);
    }

    /** Adds cores of demand to a host (positive or negative), keeping the integrals right. */
    void addHostDemand(int h, double delta) {
        if (delta != 0) {
            accounting.settle(h);
            demand[h] += delta;
            if (Math.abs(demand[h]) < 1e-12) {
                demand[h] = 0;
            }
            loadIndex.changed(h);
            refresh(h);
        }
    }

    /** How places (hosts or VMs, where SSI processes run) are numbered. */
    public Places places() {
        return places;
    }

    /** Demand added at a place (a host or a VM). */
    public void addPlaceDemand(int place, double delta) {
        if (places.isHost(place)) {
            addHostDemand(place, delta);
        } else {
            int v = places.vm(place);
            double before = vmDemand(v);
            extraDemand[v] += delta;
            changeVmDemand(v, before);
        }
    }

    /**
     * Memory held by processes living on a host itself (an SSI over hosts). Processes inside a VM live
     * in the VM's memory, already counted with the VM, so only host places add.
     */
    public void addPlaceMemory(int place, double bytes) {
        if (places.isHost(place)) {
            memoryUsed[place] += bytes;
        }
    }

    /** Host a place runs on: itself, or the VM's host (-1 when the VM is not running). */
    public int hostOfPlace(int place) {
        return places.isHost(place) ? place : vmHost[places.vm(place)];
    }

    /** Cores of a host or vCPUs of a VM. */
    public double placeSize(int place) {
        return places.isHost(place) ? capacity[place] : vcpus[places.vm(place)];
    }

    public void addUnservedRate(double cores) {
        accounting.addGlobalUnservedRate(cores);
    }

    // ---- VMs ----

    /** Puts a VM on a host (initial placement, end of a migration, restart). */
    public void placeVm(int v, int h) {
        if (vmHost[v] >= 0) {
            throw new IllegalStateException("VM " + vmIds[v] + " already runs on " + hostIds[vmHost[v]]);
        }
        vmHost[v] = h;
        vmsOn[h].add(v);
        memoryUsed[h] += vmMemory[v];
        allocatedVcpus[h] += vcpus[v];
        if (!paused[v]) {
            addHostDemand(h, vmDemand(v));
        }
    }

    /**
     * Runs a VM across several hosts (an aggregate VM over an SSI's members): each carries its
     * share of the VM's CPU, memory and vCPUs. Such a VM has no single host and is not migrated.
     */
    public void spanVm(int v, int[] hosts, double[] shares) {
        spanHosts[v] = hosts.clone();
        spanShares[v] = shares.clone();
        for (int i = 0; i < hosts.length; i++) {
            memoryUsed[hosts[i]] += vmMemory[v] * shares[i];
            allocatedVcpus[hosts[i]] += vcpus[v] * shares[i];
            if (!paused[v]) {
                addHostDemand(hosts[i], vmDemand(v) * shares[i]);
            }
        }
    }

    public boolean isSpanning(int v) {
        return spanHosts[v] != null;
    }

    private void addSpanDemand(int v, double delta) {
        for (int i = 0; i < spanHosts[v].length; i++) {
            addHostDemand(spanHosts[v][i], delta * spanShares[v][i]);
        }
    }

    /** Takes a VM off its host (or hosts); returns the host it was on (the first, if spanning). */
    public int removeVm(int v) {
        if (spanHosts[v] != null) {
            int[] hosts = spanHosts[v];
            if (!paused[v]) {
                addSpanDemand(v, -vmDemand(v));
            }
            for (int i = 0; i < hosts.length; i++) {
                memoryUsed[hosts[i]] -= vmMemory[v] * spanShares[v][i];
                allocatedVcpus[hosts[i]] -= vcpus[v] * spanShares[v][i];
            }
            spanHosts[v] = null;
            spanShares[v] = null;
            return hosts.length > 0 ? hosts[0] : -1;
        }
        int h = vmHost[v];
        if (h < 0) {
            return -1;
        }
        if (!paused[v]) {
            addHostDemand(h, -vmDemand(v));
        }
        vmsOn[h].remove(v);
        memoryUsed[h] -= vmMemory[v];
        allocatedVcpus[h] -= vcpus[v];
        vmHost[v] = -1;
        return h;
    }

    /** Sets a VM's CPU utilization (its workload's new value). */
    public void setUtilization(int v, double u) {
        double before = vmDemand(v);
        utilization[v] = u;
        changeVmDemand(v, before);
    }

    private void changeVmDemand(int v, double before) {
        double delta = vmDemand(v) - before;
        if (delta == 0) {
            return;
        }
        if (paused[v] || vmHost[v] < 0 && spanHosts[v] == null) {
            if (paused[v]) {
                accounting.addGlobalUnservedRate(delta);
            }
            return;
        }
        if (spanHosts[v] != null) {
            addSpanDemand(v, delta);
            return;
        }
        addHostDemand(vmHost[v], delta);
    }

    /**
     * Pauses or resumes a VM (stop-and-copy, or lost until restart). A paused VM's demand is not
     * served: it counts as unserved work instead of host load.
     */
    public void setPaused(int v, boolean pause) {
        if (paused[v] == pause) {
            return;
        }
        double d = vmDemand(v);
        if (vmHost[v] >= 0) {
            addHostDemand(vmHost[v], pause ? -d : d);
        } else if (spanHosts[v] != null) {
            addSpanDemand(v, pause ? -d : d);
        }
        accounting.addGlobalUnservedRate(pause ? d : -d);
        paused[v] = pause;
    }

    public double vmDemand(int v) {
        return Math.min(vcpus[v], vcpus[v] * utilization[v] + extraDemand[v]);
    }

    /** Holds room on a target host for an incoming migration. */
    public void reserve(int h, double cores, double bytes, double vcpuCount) {
        reservedCores[h] += cores;
        loadIndex.changed(h);
        reservedMemory[h] += bytes;
        reservedVcpus[h] += vcpuCount;
    }

    public void release(int h, double cores, double bytes, double vcpuCount) {
        reservedCores[h] = Math.max(0, reservedCores[h] - cores);
        loadIndex.changed(h);
        reservedMemory[h] = Math.max(0, reservedMemory[h] - bytes);
        reservedVcpus[h] = Math.max(0, reservedVcpus[h] - vcpuCount);
    }

    /** vCPUs allocated on a host (placed and incoming) over its cores: its load without overcommit. */
    public double allocatedFraction(int h) {
        return capacity[h] > 0 ? (allocatedVcpus[h] + reservedVcpus[h]) / capacity[h] : 0;
    }

    /** Whether VM v's vCPUs fit in host h's cores not yet allocated (no CPU overcommit). */
    public boolean vcpusFit(int v, int h) {
        return allocatedVcpus[h] + reservedVcpus[h] + vcpus[v] <= capacity[h] + 1e-9;
    }

    // ---- hosts ----

    public void setOn(int h, boolean isOn) {
        accounting.settle(h);
        countUsabilityChange(on[h] != isOn);
        on[h] = isOn;
        refresh(h);
    }

    public void setFailed(int h, boolean isFailed) {
        accounting.settle(h);
        countUsabilityChange(failed[h] != isFailed);
        failed[h] = isFailed;
        refresh(h);
    }

    public void setMaintenance(int h, boolean inMaintenance) {
        countUsabilityChange(maintenance[h] != inMaintenance);
        maintenance[h] = inMaintenance;
    }

    private void countUsabilityChange(boolean changed) {
        if (changed) {
            usabilityChanges++;
        }
    }

    /**
     * How many times a host was switched on or off, failed or was repaired, entered or left maintenance: a
     * fault's effects on VMs and processes come with one of these, so a reader that saw the same count saw no fault.
     */
    public long usabilityChanges() {
        return usabilityChanges;
    }

    /** On, not failed, not in maintenance: may receive VMs. */
    public boolean isUsable(int h) {
        return on[h] && !failed[h] && !maintenance[h];
    }

    public boolean isOn(int h) {
        return on[h];
    }

    public boolean isFailed(int h) {
        return failed[h];
    }

    public boolean inMaintenance(int h) {
        return maintenance[h];
    }

    /** Whether VM v fits on host h now, counting reservations, at most {@code maxUtilization} CPU. */
    public boolean fits(int v, int h, double maxUtilization) {
        return memoryUsed[h] + reservedMemory[h] + vmMemory[v] <= memory[h]
                && demand[h] + reservedCores[h] + vmDemand(v) <= maxUtilization * capacity[h];
    }

    /** CPU demand over capacity, counting room held for incoming migrations. */
    public double utilization(int h) {
        return capacity[h] > 0 ? (demand[h] + reservedCores[h]) / capacity[h] : 0;
    }

    /** CPU actually served over capacity (at most 1). */
    public double servedUtilization(int h) {
        return capacity[h] > 0 && on[h] && !failed[h] ? Math.min(demand[h], capacity[h]) / capacity[h] : 0;
    }

    public int hostCount() {
        return hostCount;
    }

    public int vmCount() {
        return vmCount;
    }

    public String hostId(int h) {
        return hostIds[h];
    }

    public String vmId(int v) {
        return vmIds[v];
    }

    public int hostIndex(String id) {
        return hostIndex.getOrDefault(id, -1);
    }

    public int vmIndex(String id) {
        return vmIndex.getOrDefault(id, -1);
    }

    public double capacity(int h) {
        return capacity[h];
    }

    public double demand(int h) {
        return demand[h];
    }

    public double memory(int h) {
        return memory[h];
    }

    public double memoryUsed(int h) {
        return memoryUsed[h];
    }

    public IntList vmsOn(int h) {
        return vmsOn[h];
    }

    public int vmHost(int v) {
        return vmHost[v];
    }

    public double vmMemory(int v) {
        return vmMemory[v];
    }

    /** Bytes of the VM's memory that hold data (the rest are all-zero pages). */
    public double vmNonZeroMemory(int v) {
        return vmNonZeroMemory[v];
    }

    public double vmDisk(int v) {
        return vmDisk[v];
    }

    public double vcpus(int v) {
        return vcpus[v];
    }

    public double dirtyRate(int v) {
        return dirtyRate[v];
    }

    public double writableWorkingSet(int v) {
        return writableWorkingSet[v];
    }

    public double utilizationOfVm(int v) {
        return utilization[v];
    }

    public boolean isPaused(int v) {
        return paused[v];
    }

    public boolean isMigrating(int v) {
        return migrating[v];
    }

    public void setMigrating(int v, boolean m) {
        migrating[v] = m;
    }

    /** SSI domain a VM runs inside (VM as a process of the SSI), or -1. */
    public int vmDomain(int v) {
        return vmDomain[v];
    }

    public void setVmDomain(int v, int domain) {
        vmDomain[v] = domain;
    }
}
