package org.clustercomposer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;

/**
 * Seeded random edits of the kinds the editor makes: mostly in place (a VM moved, a workload, a
 * host's cores or memory, an SSI domain's members, an application), sometimes not (a VM added or
 * deleted) or on the network (a link's bandwidth). Some make the design invalid on purpose.
 */
public final class RandomEdits {

    private final Random random;

    public RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    /** One edit; {@code name} receives what it did, for failure messages. */
    public Scenario next(Scenario s, StringBuilder name) {
        int kind = random.nextInt(100);
        if (kind < 20) {
            return replaceVm(s, name, vm -> vm.withPlacedOn(pick(s.hosts()).id()), "move VM to a host");
        } else if (kind < 28 && !s.ssiDomains().isEmpty()) {
            return replaceVm(s, name, vm -> vm.withPlacedOn(pick(s.ssiDomains()).id()), "move VM to an SSI domain");
        } else if (kind < 40) {
            return replaceVm(s, name, vm -> vm.withWorkload(workload(s, vm)), "change a VM's workload");
        } else if (kind < 47) {
            return replaceVm(s, name, vm -> vm.withVcpus(1 + random.nextInt(16)).withMemory(gib(1 + random.nextInt(64))),
                    "resize a VM");
        } else if (kind < 57) {
            int h = random.nextInt(s.hosts().size());
            Host host = s.hosts().get(h);
            Host edited = random.nextBoolean() ? host.withCores(1 + random.nextInt(64))
                    : random.nextInt(5) == 0 ? host.withHypervisor(host.hypervisor() == null ? Hypervisor.kvm() : null)
                    : host.withMemory(gib(8 + random.nextInt(512)));
            name.append("edit host ").append(host.id());
            return s.withElement(edited);
        } else if (kind < 67 && !s.ssiDomains().isEmpty()) {
            SsiDomain d = pick(s.ssiDomains());
            List<String> members = new ArrayList<>(d.members());
            boolean overVms = !members.isEmpty() && s.vm(members.get(0)).isPresent();
            if (members.size() > 1 && random.nextBoolean()) {
                members.remove(random.nextInt(members.size()));
            } else {
                String added = overVms ? pick(s.vms()).id() : pick(s.hosts()).id();
                if (!members.contains(added)) {
                    members.add(added);
                }
            }
            name.append("change members of ").append(d.id());
            return s.withElement(random.nextInt(4) == 0
                    ? new SsiDomain(d.id(), d.name(), d.kind(), members, random.nextDouble() * 0.5, random.nextDouble() * 0.2)
                    : d.withMembers(members));
        } else if (kind < 75 && !s.applications().isEmpty()) {
            Application a = pick(s.applications());
            String target = switch (random.nextInt(3)) {
                case 0 -> pick(s.hosts()).id();
                case 1 -> pick(s.vms()).id();
                default -> s.ssiDomains().isEmpty() ? a.placedOn() : pick(s.ssiDomains()).id();
            };
            name.append("edit application ").append(a.id());
            return s.withElement(new Application(a.id(), a.name(), random.nextBoolean() ? target : a.placedOn(),
                    1 + random.nextInt(8), random.nextDouble() * 16, gib(random.nextInt(32)), random.nextDouble() * 1e8,
                    a.dirtyRate()));
        } else if (kind < 80 && !s.links().isEmpty()) {
            Link l = pick(s.links());
            name.append("change bandwidth of ").append(l.id());
            return s.withElement(new Link(l.id(), l.from(), l.to(), l.bandwidth() * (0.5 + random.nextDouble()), l.latency()));
        } else if (kind < 85) {
            Vm template = pick(s.vms());
            String id = s.freshId("vm");
            name.append("add VM ").append(id);
            List<Vm> vms = new ArrayList<>(s.vms());
            vms.add(new Vm(id, id, 2, gib(4), 0, pick(s.hosts()).id(), template.workload(), template.state()));
            return s.withVms(vms);
        } else if (kind < 88) {
            // A VM nothing refers to, as deleting through the editor leaves no dangling reference either.
            List<Vm> vms = new ArrayList<>(s.vms());
            Vm removed = vms.remove(random.nextInt(vms.size()));
            boolean referenced = s.ssiDomains().stream().anyMatch(d -> d.members().contains(removed.id()))
                    || s.applications().stream().anyMatch(a -> removed.id().equals(a.placedOn()))
                    || s.vms().stream().anyMatch(v -> v.workload() != null && removed.id().equals(v.workload().trafficTo()));
            name.append(referenced ? "keep VM " : "delete VM ").append(removed.id());
            return referenced ? s : s.withVms(vms);
        } else {
            name.append("several VMs at once: ");
            Scenario next = s;
            for (int k = 0; k < 2 + random.nextInt(5); k++) {
                Vm vm = pick(next.vms());
                name.append(vm.id()).append(' ');
                next = next.withElement(vm.withPlacedOn(pick(next.hosts()).id()).withWorkload(workload(next, vm)));
            }
            return next;
        }
    }

    private Scenario replaceVm(Scenario s, StringBuilder name, java.util.function.UnaryOperator<Vm> edit, String what) {
        Vm vm = pick(s.vms());
        name.append(what).append(' ').append(vm.id());
        return s.withElement(edit.apply(vm));
    }

    private Workload workload(Scenario s, Vm vm) {
        Workload w = vm.workload() == null ? Workload.idle() : vm.workload();
        String to = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> pick(s.vms()).id();
            case 2 -> pick(s.hosts()).id();
            default -> w.trafficTo();
        };
        return new Workload(random.nextDouble(), w.dirtyRate(), Math.min(w.writableWorkingSet(), vm.memory()),
                random.nextDouble() * 2e8, to, Math.min(w.residentMemory(), vm.memory()));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static double gib(double n) {
        return n * 1024 * 1024 * 1024;
    }
}
