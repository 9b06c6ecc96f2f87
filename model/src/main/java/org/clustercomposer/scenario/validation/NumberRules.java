package org.clustercomposer.scenario.validation;

import java.util.Map;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.PolicySettings;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Element;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.clustercomposer.units.Dimension;

/** Every number of every element: positive where it must be, a fraction where it is one, plausible. */
final class NumberRules {

    private final Checks c;

    NumberRules(Checks checks) {
        this.c = checks;
    }

    /** The numbers of one element, {@code path} its JSON path: they depend on nothing else. */
    void element(ElementKind kind, Element e, String path) {
        switch (kind) {
            case HOST -> host((Host) e, path);
            case SWITCH -> networkSwitch((NetworkSwitch) e, path);
            case LINK -> link((Link) e, path);
            case STORAGE -> storage((Storage) e, path);
            case VM -> vm((Vm) e, path);
            case SSI_DOMAIN -> ssiDomain((SsiDomain) e, path);
            case APPLICATION -> application((Application) e, path);
        }
    }

    /** The numbers outside the elements: positions and the policy settings. */
    void layoutAndPolicy(Scenario s) {
        for (Map.Entry<String, Position> e : s.layout().positions().entrySet()) {
            String p = JsonPaths.field("/layout", e.getKey());
            c.finite(p, "x", e.getValue().x());
            c.finite(p, "y", e.getValue().y());
        }
        policy(s.policy(), "/policy");
    }

    // The same bounds as simulate's options (Hysteresis, MigrationLimits), so a file a run refuses is refused here.
    private void policy(PolicySettings s, String p) {
        if (s.triggerSteps() != null) {
            c.count(p, "triggerSteps", s.triggerSteps(), 1, Limits.MAX_TRIGGER_STEPS);
        }
        if (s.coolDown() != null) {
            c.nonNegative(p, "coolDown", s.coolDown(), Dimension.DURATION, Limits.MAX_COOL_DOWN);
        }
        if (s.margin() != null) {
            c.fraction(p, "margin", s.margin(), false);
        }
        if (s.maxMigrationsPerHost() != null) {
            c.count(p, "maxMigrationsPerHost", s.maxMigrationsPerHost(), 0, Limits.MAX_CONCURRENT_MIGRATIONS);
        }
        if (s.maxMigrationsPerLink() != null) {
            c.count(p, "maxMigrationsPerLink", s.maxMigrationsPerLink(), 0, Limits.MAX_CONCURRENT_MIGRATIONS);
        }
    }

    private void host(Host h, String p) {
        c.count(p, "cores", h.cores(), 1, Limits.MAX_CORES);
        c.positive(p, "coreSpeed", h.coreSpeed(), Dimension.FREQUENCY, Limits.MAX_CORE_SPEED);
        c.positive(p, "memory", h.memory(), Dimension.SIZE, Limits.MAX_MEMORY);
        c.positive(p, "nicBandwidth", h.nicBandwidth(), Dimension.BANDWIDTH, Limits.MAX_NIC);
        c.nonNegative(p, "idlePower", h.idlePower(), Dimension.POWER, Limits.MAX_POWER);
        c.nonNegative(p, "peakPower", h.peakPower(), Dimension.POWER, Limits.MAX_POWER);
        if (h.idlePower() > h.peakPower() && c.known(p + "/peakPower")) {
            c.add(p, "idlePower", "must not exceed peakPower (" + Checks.show(h.peakPower(), Dimension.POWER)
                    + "), got " + Checks.show(h.idlePower(), Dimension.POWER));
        }
        Hypervisor hv = h.hypervisor();
        if (hv != null) {
            c.notBlank(p, "hypervisor/kind", hv.kind());
            c.fraction(p, "hypervisor/cpuOverhead", hv.cpuOverhead(), false);
            c.fraction(p, "hypervisor/ioOverhead", hv.ioOverhead(), false);
            migration(hv.migration(), p + "/hypervisor/migration");
        }
    }

    // What QEMU would refuse, or a number that is surely a typo (a cap above the fastest NIC, a 10 s pause).
    private void migration(HypervisorMigrationSettings m, String p) {
        if (m.maxBandwidth() != null && Double.isFinite(m.maxBandwidth())) {
            c.positive(p, "maxBandwidth", m.maxBandwidth(), Dimension.DATA_RATE, Limits.MAX_DATA_RATE);
        }
        if (m.downtimeLimit() != null) {
            c.nonNegative(p, "downtimeLimit", m.downtimeLimit(), Dimension.DURATION, Limits.MAX_LATENCY);
        }
        if (m.multifdChannels() != null) {
            c.count(p, "multifd", m.multifdChannels(), 0, HypervisorMigrationSettings.MAX_MULTIFD_CHANNELS);
        }
        if (m.xbzrleCache() != null) {
            c.nonNegative(p, "xbzrleCache", m.xbzrleCache(), Dimension.SIZE, Limits.MAX_MEMORY);
        }
        if (m.profile() != null) {
            c.notBlank(p, "profile", m.profile());
        }
    }

    private void networkSwitch(NetworkSwitch s, String p) {
        c.count(p, "ports", s.ports(), 1, Limits.MAX_PORTS);
        c.positive(p, "bandwidth", s.bandwidth(), Dimension.BANDWIDTH, Limits.MAX_SWITCH);
    }

    private void link(Link l, String p) {
        c.positive(p, "bandwidth", l.bandwidth(), Dimension.BANDWIDTH, Limits.MAX_NIC);
        c.nonNegative(p, "latency", l.latency(), Dimension.DURATION, Limits.MAX_LATENCY);
    }

    private void storage(Storage s, String p) {
        c.positive(p, "capacity", s.capacity(), Dimension.SIZE, Limits.MAX_DISK);
        c.positive(p, "bandwidth", s.bandwidth(), Dimension.BANDWIDTH, Limits.MAX_NIC);
    }

    private void vm(Vm vm, String p) {
        c.count(p, "vcpus", vm.vcpus(), 1, Limits.MAX_VCPUS);
        c.positive(p, "memory", vm.memory(), Dimension.SIZE, Limits.MAX_MEMORY);
        c.nonNegative(p, "disk", vm.disk(), Dimension.SIZE, Limits.MAX_DISK);
        Workload w = vm.workload();
        if (w == null) {
            return;
        }
        String wp = p + "/workload"; // once per VM: paths are built only for problems
        c.fraction(wp, "cpuUtilization", w.cpuUtilization(), true);
        c.nonNegative(wp, "dirtyRate", w.dirtyRate(), Dimension.DATA_RATE, Limits.MAX_DATA_RATE);
        c.nonNegative(wp, "writableWorkingSet", w.writableWorkingSet(), Dimension.SIZE, Limits.MAX_MEMORY);
        if (w.writableWorkingSet() > vm.memory() && vm.memory() > 0) {
            c.add(wp, "writableWorkingSet", "must not exceed the VM's memory (" + Checks.show(vm.memory(),
                    Dimension.SIZE) + "), got " + Checks.show(w.writableWorkingSet(), Dimension.SIZE));
        }
        c.nonNegative(wp, "networkTraffic", w.networkTraffic(), Dimension.BANDWIDTH, Limits.MAX_NIC);
        c.nonNegative(wp, "residentMemory", w.residentMemory(), Dimension.SIZE, Limits.MAX_MEMORY);
        if (w.residentMemory() > vm.memory() && vm.memory() > 0) {
            c.add(wp, "residentMemory", "must not exceed the VM's memory (" + Checks.show(vm.memory(),
                    Dimension.SIZE) + "), got " + Checks.show(w.residentMemory(), Dimension.SIZE));
        }
    }

    private void ssiDomain(SsiDomain d, String p) {
        c.fraction(p, "remoteMemoryPenalty", d.remoteMemoryPenalty(), true);
        c.fraction(p, "schedulingOverhead", d.schedulingOverhead(), false);
    }

    private void application(Application a, String p) {
        c.count(p, "processes", a.processes(), 1, Limits.MAX_PROCESSES);
        c.nonNegative(p, "cpuDemand", a.cpuDemand());
        if (a.cpuDemand() > Limits.MAX_CPU_DEMAND) {
            c.add(p, "cpuDemand", "must be at most " + (long) Limits.MAX_CPU_DEMAND + " cores, got "
                    + Checks.plain(a.cpuDemand()));
        }
        c.nonNegative(p, "memory", a.memory(), Dimension.SIZE, Limits.MAX_DISK);
        c.nonNegative(p, "communication", a.communication(), Dimension.BANDWIDTH, Limits.MAX_SWITCH);
        c.nonNegative(p, "dirtyRate", a.dirtyRate(), Dimension.DATA_RATE, Limits.MAX_DATA_RATE);
    }
}
