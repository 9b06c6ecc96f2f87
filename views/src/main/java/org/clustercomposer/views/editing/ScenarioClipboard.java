package org.clustercomposer.views.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;

/**
 * Copy and paste of a selection. A copied host takes its VMs along; a link comes along when both
 * its ends do; a pasted copy gets fresh ids and keeps its references inside the copy.
 */
public final class ScenarioClipboard {

    /** What was copied: a small scenario of its own. */
    public record Fragment(Scenario elements) {
        public boolean isEmpty() {
            return elements.ids().findAny().isEmpty();
        }
    }

    /** The scenario after a paste and the ids of the pasted elements. */
    public record Pasted(Scenario scenario, List<String> ids) {
    }

    private ScenarioClipboard() {
    }

    public static Fragment copy(Scenario s, Set<String> selected) {
        Set<String> ids = new HashSet<>(selected);
        s.vms().stream().filter(v -> ids.contains(v.placedOn())).forEach(v -> ids.add(v.id()));
        s.applications().stream().filter(a -> ids.contains(a.placedOn())).forEach(a -> ids.add(a.id()));
        Map<String, Position> positions = new LinkedHashMap<>();
        s.layout().positions().forEach((id, p) -> {
            if (ids.contains(id)) {
                positions.put(id, p);
            }
        });
        Scenario fragment = new Scenario("clipboard", "",
                s.hosts().stream().filter(e -> ids.contains(e.id())).toList(),
                s.switches().stream().filter(e -> ids.contains(e.id())).toList(),
                s.links().stream().filter(l -> ids.contains(l.from()) && ids.contains(l.to())).toList(),
                s.storages().stream().filter(e -> ids.contains(e.id())).toList(),
                s.vms().stream().filter(e -> ids.contains(e.id())).toList(),
                s.ssiDomains().stream().filter(d -> ids.contains(d.id()) && ids.containsAll(d.members())).toList(),
                s.applications().stream().filter(e -> ids.contains(e.id())).toList(),
                new Layout(positions));
        return new Fragment(fragment);
    }

    /** Pastes with fresh ids, shifted by an offset; references to elements outside the copy stay. */
    public static Pasted paste(Scenario target, Fragment fragment, double dx, double dy) {
        Scenario f = fragment.elements();
        Set<String> used = new HashSet<>();
        target.ids().forEach(used::add);
        Map<String, String> rename = new HashMap<>();
        f.ids().forEach(id -> rename.put(id, fresh(id, used)));
        List<String> pastedIds = f.ids().map(rename::get).toList();

        List<Host> hosts = new ArrayList<>(target.hosts());
        f.hosts().forEach(h -> hosts.add(h.withId(rename.get(h.id()))));
        List<NetworkSwitch> switches = new ArrayList<>(target.switches());
        f.switches().forEach(e -> switches.add(new NetworkSwitch(rename.get(e.id()), e.name(), e.ports(), e.bandwidth())));
        List<Storage> storages = new ArrayList<>(target.storages());
        f.storages().forEach(e -> storages.add(new Storage(rename.get(e.id()), e.name(), e.capacity(), e.bandwidth())));
        List<Link> links = new ArrayList<>(target.links());
        f.links().forEach(l -> links.add(new Link(rename.get(l.id()), rename.get(l.from()), rename.get(l.to()),
                l.bandwidth(), l.latency())));
        List<Vm> vms = new ArrayList<>(target.vms());
        f.vms().stream().filter(v -> exists(target, rename, v.placedOn()))
                .forEach(v -> vms.add(v.withId(rename.get(v.id())).withPlacedOn(ref(rename, v.placedOn()))));
        List<SsiDomain> domains = new ArrayList<>(target.ssiDomains());
        f.ssiDomains().forEach(d -> domains.add(new SsiDomain(rename.get(d.id()), d.name(), d.kind(),
                d.members().stream().map(rename::get).toList(), d.remoteMemoryPenalty(), d.schedulingOverhead())));
        List<Application> apps = new ArrayList<>(target.applications());
        f.applications().stream().filter(a -> exists(target, rename, a.placedOn()))
                .forEach(a -> apps.add(new Application(rename.get(a.id()), a.name(), ref(rename, a.placedOn()),
                        a.processes(), a.cpuDemand(), a.memory(), a.communication(), a.dirtyRate())));
        Map<String, Position> positions = new LinkedHashMap<>(target.layout().positions());
        f.layout().positions().forEach((id, p) -> positions.put(rename.get(id), new Position(p.x() + dx, p.y() + dy)));

        Scenario pasted = new Scenario(target.name(), target.description(), hosts, switches, links, storages, vms,
                domains, apps, new Layout(positions));
        Set<String> present = new HashSet<>();
        pasted.ids().forEach(present::add);
        return new Pasted(pasted, pastedIds.stream().filter(present::contains).toList());
    }

    private static boolean exists(Scenario target, Map<String, String> rename, String id) {
        return rename.containsKey(id) || target.kindOf(id).isPresent();
    }

    private static String ref(Map<String, String> rename, String id) {
        return Optional.ofNullable(rename.get(id)).orElse(id);
    }

    private static String fresh(String id, Set<String> used) {
        String base = id.replaceAll("-copy(-\\d+)?$", "");
        String candidate = base + "-copy";
        for (int i = 2; used.contains(candidate); i++) {
            candidate = base + "-copy-" + i;
        }
        used.add(candidate);
        return candidate;
    }
}
