package org.clustercomposer.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkGraph;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;

/**
 * A whole design, as one immutable value. Edits make a new scenario; undo keeps the old one.
 * Ids are unique across all kinds of element. Lists keep file order, so a list index is the
 * element's JSON path ({@code /vms/3}).
 */
public record Scenario(String name, String description,
                       List<Host> hosts, List<NetworkSwitch> switches, List<Link> links, List<Storage> storages,
                       List<Vm> vms, List<SsiDomain> ssiDomains, List<Application> applications,
                       Layout layout) {

    public Scenario {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        hosts = List.copyOf(hosts);
        switches = List.copyOf(switches);
        links = List.copyOf(links);
        storages = List.copyOf(storages);
        vms = List.copyOf(vms);
        ssiDomains = List.copyOf(ssiDomains);
        applications = List.copyOf(applications);
        layout = layout == null ? Layout.empty() : layout;
    }

    public static Scenario empty(String name) {
        return new Scenario(name, "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Layout.empty());
    }

    public Scenario withName(String v) {
        return new Scenario(v, description, hosts, switches, links, storages, vms, ssiDomains, applications, layout);
    }

    public Scenario withDescription(String v) {
        return new Scenario(name, v, hosts, switches, links, storages, vms, ssiDomains, applications, layout);
    }

    public Scenario withHosts(List<Host> v) {
        return new Scenario(name, description, v, switches, links, storages, vms, ssiDomains, applications, layout);
    }

    public Scenario withSwitches(List<NetworkSwitch> v) {
        return new Scenario(name, description, hosts, v, links, storages, vms, ssiDomains, applications, layout);
    }

    public Scenario withLinks(List<Link> v) {
        return new Scenario(name, description, hosts, switches, v, storages, vms, ssiDomains, applications, layout);
    }

    public Scenario withStorages(List<Storage> v) {
        return new Scenario(name, description, hosts, switches, links, v, vms, ssiDomains, applications, layout);
    }

    public Scenario withVms(List<Vm> v) {
        return new Scenario(name, description, hosts, switches, links, storages, v, ssiDomains, applications, layout);
    }

    public Scenario withSsiDomains(List<SsiDomain> v) {
        return new Scenario(name, description, hosts, switches, links, storages, vms, v, applications, layout);
    }

    public Scenario withApplications(List<Application> v) {
        return new Scenario(name, description, hosts, switches, links, storages, vms, ssiDomains, v, layout);
    }

    public Scenario withLayout(Layout v) {
        return new Scenario(name, description, hosts, switches, links, storages, vms, ssiDomains, applications, v);
    }

    public Scenario mapLayout(UnaryOperator<Layout> change) {
        return withLayout(change.apply(layout));
    }

    public Optional<Host> host(String id) {
        return hosts.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<Vm> vm(String id) {
        return vms.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<SsiDomain> ssiDomain(String id) {
        return ssiDomains.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** What each id names. Built on each call: cache the map when looking up many ids. */
    public Map<String, ElementKind> kindsById() {
        Map<String, ElementKind> kinds = new HashMap<>();
        hosts.forEach(e -> kinds.putIfAbsent(e.id(), ElementKind.HOST));
        switches.forEach(e -> kinds.putIfAbsent(e.id(), ElementKind.SWITCH));
        storages.forEach(e -> kinds.putIfAbsent(e.id(), ElementKind.STORAGE));
        links.forEach(e -> kinds.putIfAbsent(e.id(), ElementKind.LINK));
        vms.forEach(e -> kinds.putIfAbsent(e.id(), ElementKind.VM));
        ssiDomains.forEach(e -> kinds.putIfAbsent(e.id(), ElementKind.SSI_DOMAIN));
        applications.forEach(e -> kinds.putIfAbsent(e.id(), ElementKind.APPLICATION));
        return kinds;
    }

    public Optional<ElementKind> kindOf(String id) {
        return Optional.ofNullable(kindsById().get(id));
    }

    /** Every id in the scenario, in file order. */
    public Stream<String> ids() {
        return Stream.of(hosts.stream().map(Host::id), switches.stream().map(NetworkSwitch::id),
                storages.stream().map(Storage::id), links.stream().map(Link::id), vms.stream().map(Vm::id),
                ssiDomains.stream().map(SsiDomain::id), applications.stream().map(Application::id))
                .flatMap(s -> s);
    }

    /** A fresh id with the given prefix that no element uses yet ("vm-7"). */
    public String freshId(String prefix) {
        var used = ids().collect(java.util.stream.Collectors.toSet());
        for (int i = 1; ; i++) {
            String candidate = prefix + "-" + i;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The physical network of this scenario as a graph (built on each call). */
    public NetworkGraph network() {
        return NetworkGraph.of(hosts, switches, storages, links);
    }

    /** True when the scenario has shared storage, so VM disks need not be copied on migration. */
    public boolean hasSharedStorage() {
        return !storages.isEmpty();
    }
}
