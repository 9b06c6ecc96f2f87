package org.clustercomposer.views.editing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;

/**
 * Deletes elements and what cannot live without them: links of a deleted node, VMs and
 * applications placed on something deleted, SSI domains left without members. Traffic aimed at a
 * deleted element leaves the cluster instead.
 */
final class Removal {

    private Removal() {
    }

    /** The ids actually removed (the selection plus its dependents). */
    static Set<String> closure(Scenario s, Set<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        boolean grew = true;
        while (grew) {
            int before = gone.size();
            s.links().stream().filter(l -> gone.contains(l.from()) || gone.contains(l.to())).forEach(l -> gone.add(l.id()));
            s.vms().stream().filter(v -> gone.contains(v.placedOn())).forEach(v -> gone.add(v.id()));
            s.applications().stream().filter(a -> gone.contains(a.placedOn())).forEach(a -> gone.add(a.id()));
            s.ssiDomains().stream().filter(d -> !d.members().isEmpty() && gone.containsAll(d.members()))
                    .forEach(d -> gone.add(d.id()));
            grew = gone.size() > before;
        }
        return gone;
    }

    static Scenario remove(Scenario s, Set<String> ids) {
        Set<String> gone = closure(s, ids);
        List<SsiDomain> domains = s.ssiDomains().stream().filter(d -> !gone.contains(d.id()))
                .map(d -> d.members().stream().anyMatch(gone::contains)
                        ? d.withMembers(d.members().stream().filter(m -> !gone.contains(m)).toList()) : d)
                .toList();
        List<Vm> vms = s.vms().stream().filter(v -> !gone.contains(v.id()))
                .map(v -> v.workload() != null && gone.contains(v.workload().trafficTo())
                        ? v.withWorkload(withoutTarget(v)) : v)
                .toList();
        Map<String, Position> positions = new LinkedHashMap<>(s.layout().positions());
        positions.keySet().removeAll(gone);
        Layout layout = new Layout(positions);
        return s.withHosts(s.hosts().stream().filter(h -> !gone.contains(h.id())).toList())
                .withSwitches(s.switches().stream().filter(e -> !gone.contains(e.id())).toList())
                .withStorages(s.storages().stream().filter(e -> !gone.contains(e.id())).toList())
                .withLinks(s.links().stream().filter(e -> !gone.contains(e.id())).toList())
                .withVms(vms)
                .withSsiDomains(domains)
                .withApplications(s.applications().stream().filter(e -> !gone.contains(e.id())).toList())
                .withLayout(layout);
    }

    private static Workload withoutTarget(Vm v) {
        var w = v.workload();
        return new Workload(w.cpuUtilization(), w.dirtyRate(), w.writableWorkingSet(),
                w.networkTraffic(), null, w.residentMemory());
    }
}
