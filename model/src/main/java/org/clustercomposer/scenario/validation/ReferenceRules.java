package org.clustercomposer.scenario.validation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.units.Dimension;

/** Every id that names another element: it exists, it is the right kind, and what sits on it fits. */
final class ReferenceRules {

    private static final Set<ElementKind> NETWORK_NODES =
            EnumSet.of(ElementKind.HOST, ElementKind.SWITCH, ElementKind.STORAGE);
    private static final Set<ElementKind> VM_TARGETS = EnumSet.of(ElementKind.HOST, ElementKind.SSI_DOMAIN);
    private static final Set<ElementKind> APPLICATION_TARGETS =
            EnumSet.of(ElementKind.HOST, ElementKind.VM, ElementKind.SSI_DOMAIN);
    private static final Set<ElementKind> TRAFFIC_TARGETS = EnumSet.of(ElementKind.HOST, ElementKind.SWITCH,
            ElementKind.STORAGE, ElementKind.VM, ElementKind.SSI_DOMAIN);

    private final Scenario s;
    private final Index index;
    private final Checks c;

    ReferenceRules(Scenario scenario, Index index, Checks checks) {
        this.s = scenario;
        this.index = index;
        this.c = checks;
    }

    void check() {
        links();
        vms();
        ssiMembers();
        for (int i = 0; i < s.applications().size(); i++) {
            Application a = s.applications().get(i);
            reference(JsonPaths.element(ElementKind.APPLICATION, i), "placedOn", a.placedOn(), APPLICATION_TARGETS,
                    "an application runs on a host, a VM or an SSI domain");
        }
    }

    private void links() {
        Map<String, Integer> linksPerNode = new HashMap<>();
        for (int i = 0; i < s.links().size(); i++) {
            Link l = s.links().get(i);
            String p = JsonPaths.element(ElementKind.LINK, i);
            String why = "links connect hosts, switches and storages";
            boolean from = reference(p, "from", l.from(), NETWORK_NODES, why);
            boolean to = reference(p, "to", l.to(), NETWORK_NODES, why);
            if (from && to && l.from().equals(l.to())) {
                c.add(p + "/to", "a link cannot connect " + Quote.of(l.from()) + " to itself");
            }
            linksPerNode.merge(l.from(), 1, Integer::sum);
            if (!l.to().equals(l.from())) {
                linksPerNode.merge(l.to(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < s.switches().size(); i++) {
            NetworkSwitch sw = s.switches().get(i);
            int used = linksPerNode.getOrDefault(sw.id(), 0);
            if (used > sw.ports() && sw.ports() > 0) {
                c.add(JsonPaths.element(ElementKind.SWITCH, i) + "/ports", used + " links end at " + Quote.of(sw.id())
                        + " but it has only " + sw.ports() + " ports");
            }
        }
    }

    // Once per VM on every validation: paths and quoted names are built only for a problem.
    private void vms() {
        for (int i = 0; i < s.vms().size(); i++) {
            Vm vm = s.vms().get(i);
            Index.Ref target = index.get(vm.placedOn());
            boolean placed = target != null && VM_TARGETS.contains(target.kind())
                    || reference(vmPath(i), "placedOn", vm.placedOn(), VM_TARGETS, "a VM runs on a host or an SSI domain");
            if (placed) {
                if (target.kind() == ElementKind.HOST) {
                    onHost(vm, i, s.hosts().get(target.index()), target);
                } else if (c.known(target, "kind") && c.known(target, "members")) {
                    onSsi(vm, i, s.ssiDomains().get(target.index()));
                }
            }
            String trafficTo = vm.workload() == null ? null : vm.workload().trafficTo();
            if (trafficTo != null) {
                Index.Ref to = index.get(trafficTo);
                if (trafficTo.equals(vm.id())) {
                    c.add(vmPath(i), "workload/trafficTo", "a VM cannot send its traffic to itself; leave trafficTo out for traffic leaving"
                            + " the cluster");
                } else if (to == null || !TRAFFIC_TARGETS.contains(to.kind())) {
                    reference(vmPath(i), "workload/trafficTo", trafficTo, TRAFFIC_TARGETS, "traffic goes to a host, switch, storage, VM or"
                            + " SSI domain");
                }
            }
        }
    }

    private static String vmPath(int i) {
        return JsonPaths.element(ElementKind.VM, i);
    }

    private void onHost(Vm vm, int i, Host host, Index.Ref hostRef) {
        if (!host.isVirtualized() && c.known(hostRef, "hypervisor")) {
            c.add(vmPath(i) + "/placedOn", "host " + Quote.of(host.id()) + " has no hypervisor; give it one or place the VM"
                    + " on a host that has one");
        }
        if (vm.memory() > host.memory() || vm.vcpus() > host.cores()) {
            fits(vm, vmPath(i), "host " + Quote.of(host.id()), host.memory(), host.cores(),
                    c.known(hostRef, "memory"), c.known(hostRef, "cores"));
        }
    }

    // An aggregate VM spans all members; a VM that is a process of the SSI runs on one member at a time.
    private void onSsi(Vm vm, int i, SsiDomain d) {
        double memory = 0;
        double largestMemory = 0;
        int cores = 0;
        int largestCores = 0;
        boolean memoryKnown = true;
        boolean coresKnown = true;
        for (String member : d.members()) {
            Index.Ref ref = index.get(member);
            if (ref == null || ref.kind() != ElementKind.HOST && ref.kind() != ElementKind.VM) {
                continue;
            }
            memoryKnown &= c.known(ref, "memory");
            coresKnown &= c.known(ref, ref.kind() == ElementKind.HOST ? "cores" : "vcpus");
            double m = ref.kind() == ElementKind.HOST ? s.hosts().get(ref.index()).memory()
                    : s.vms().get(ref.index()).memory();
            int n = ref.kind() == ElementKind.HOST ? s.hosts().get(ref.index()).cores()
                    : s.vms().get(ref.index()).vcpus();
            memory += m;
            cores += n;
            largestMemory = Math.max(largestMemory, m);
            largestCores = Math.max(largestCores, n);
        }
        if (memory == 0) {
            return;
        }
        boolean aggregate = d.kind() == SsiKind.AGGREGATE_VM;
        double room = aggregate ? memory : largestMemory;
        int roomCores = aggregate ? cores : largestCores;
        if (vm.memory() > room || vm.vcpus() > roomCores) {
            fits(vm, vmPath(i), "SSI domain " + Quote.of(d.id()) + (aggregate ? " (all its members together)" : " (its largest member)"),
                    room, roomCores, memoryKnown, coresKnown);
        }
    }

    // Sizes the file reader could not read are not known: nothing is said about fitting into them.
    private void fits(Vm vm, String p, String where, double memory, int cores, boolean memoryKnown,
            boolean coresKnown) {
        if (vm.memory() > memory && memoryKnown) {
            c.add(p + "/memory", Checks.show(vm.memory(), Dimension.SIZE) + " does not fit on " + where + ", which has "
                    + Checks.show(memory, Dimension.SIZE));
        }
        if (vm.vcpus() > cores && coresKnown) {
            c.add(p + "/vcpus", vm.vcpus() + " vCPUs are more than the " + cores + (cores == 1 ? " core" : " cores") + " of "
                    + where);
        }
    }

    private void ssiMembers() {
        Map<String, String> domainOf = new HashMap<>();
        for (int i = 0; i < s.ssiDomains().size(); i++) {
            SsiDomain d = s.ssiDomains().get(i);
            String p = JsonPaths.element(ElementKind.SSI_DOMAIN, i) + "/members";
            if (d.members().isEmpty()) {
                c.add(p, "must list at least one member");
            }
            String firstHost = null;
            String firstVm = null;
            Set<String> seen = new HashSet<>();
            for (int m = 0; m < d.members().size(); m++) {
                String member = d.members().get(m);
                if (!seen.add(member)) {
                    c.add(p, Integer.toString(m), Quote.of(member) + " is listed twice");
                    continue;
                }
                if (!reference(p, Integer.toString(m), member, EnumSet.of(ElementKind.HOST, ElementKind.VM),
                        "an SSI domain spans hosts or VMs")) {
                    continue;
                }
                if (index.is(member, ElementKind.HOST)) {
                    firstHost = firstHost == null ? member : firstHost;
                } else {
                    firstVm = firstVm == null ? member : firstVm;
                }
                String other = domainOf.putIfAbsent(member, d.id());
                if (other != null) {
                    c.add(p, Integer.toString(m), Quote.of(member) + " already belongs to SSI domain " + Quote.of(other)
                            + "; a machine runs one SSI");
                }
            }
            if (firstHost != null && firstVm != null) {
                c.add(p, "mixes hosts (" + Quote.of(firstHost) + ") and VMs (" + Quote.of(firstVm)
                        + "); an SSI domain spans hosts or VMs, not both");
            }
        }
    }

    /** Whether {@code id} names an element of one of the {@code allowed} kinds; a problem if not. */
    private boolean reference(String element, String field, String id, Set<ElementKind> allowed, String why) {
        if (id == null || id.isEmpty()) {
            c.add(element, field, "must name an element; " + why);
            return false;
        }
        Index.Ref ref = index.get(id);
        if (ref == null) {
            // When some element's id could not be read, this one may well name it.
            if (c.idsComplete()) {
                c.add(element, field, "no element has id " + Quote.of(id));
            }
            return false;
        }
        if (!allowed.contains(ref.kind())) {
            c.add(element, field, Quote.of(id) + " is " + ref.kind().withArticle() + "; " + why);
            return false;
        }
        return true;
    }
}
