package org.clustercomposer.views.canvas;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Element;
import org.clustercomposer.topology.Host;

/**
 * What a selection is related to, for both views to highlight: a VM's host (or domain), the
 * domains it belongs to and the applications on it; a host's VMs, domains and applications; a
 * domain's members, the hosts under member VMs, what runs on it; an application's target and that
 * target's own host or domain. The selected ids themselves are not in the result.
 */
public final class Related {

    private Related() {
    }

    public static Set<String> to(Scenario s, Collection<String> selected) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : selected) {
            // One look-up of what the id names (ids are unique across kinds): asking for a VM, a host, a domain and an
            // application of that id walked four lists, 10,000 VMs for a host (the press that selects one waits).
            Element e = s.element(id).orElse(null);
            if (e instanceof Vm vm) {
                vmRelations(s, vm, out);
            } else if (e instanceof Host h) {
                hostRelations(s, h.id(), out);
            } else if (e instanceof SsiDomain d) {
                domainRelations(s, d, out);
            } else if (e instanceof Application a) {
                applicationRelations(s, a, out);
            }
        }
        out.removeAll(selected);
        return out;
    }

    private static void vmRelations(Scenario s, Vm vm, Set<String> out) {
        out.add(vm.placedOn());
        s.ssiDomains().stream().filter(d -> d.members().contains(vm.id())).forEach(d -> out.add(d.id()));
        appsOn(s, vm.id(), out);
    }

    private static void hostRelations(Scenario s, String host, Set<String> out) {
        for (Vm vm : s.vms()) {
            if (vm.placedOn().equals(host)) {
                out.add(vm.id());
                appsOn(s, vm.id(), out);
            }
        }
        s.ssiDomains().stream().filter(d -> d.members().contains(host)).forEach(d -> out.add(d.id()));
        appsOn(s, host, out);
    }

    private static void domainRelations(Scenario s, SsiDomain d, Set<String> out) {
        for (String member : d.members()) {
            out.add(member);
            s.vm(member).ifPresent(vm -> out.add(vm.placedOn()));
        }
        s.vms().stream().filter(vm -> vm.placedOn().equals(d.id())).forEach(vm -> out.add(vm.id()));
        appsOn(s, d.id(), out);
    }

    private static void applicationRelations(Scenario s, Application a, Set<String> out) {
        out.add(a.placedOn());
        s.vm(a.placedOn()).ifPresent(vm -> out.add(vm.placedOn()));
    }

    private static void appsOn(Scenario s, String target, Set<String> out) {
        s.applications().stream().filter(a -> a.placedOn().equals(target)).forEach(a -> out.add(a.id()));
    }
}
