package org.clustercomposer.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clustercomposer.topology.Element;
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
                       Layout layout, PolicySettings policy) {

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
        policy = policy == null ? PolicySettings.none() : policy;
    }

    /** A design with no policy settings of its own. */
    public Scenario(String name, String description, List<Host> hosts, List<NetworkSwitch> switches, List<Link> links,
                    List<Storage> storages, List<Vm> vms, List<SsiDomain> ssiDomains, List<Application> applications,
                    Layout layout) {
        this(name, description, hosts, switches, links, storages, vms, ssiDomains, applications, layout,
                PolicySettings.none());
    }

    public static Scenario empty(String name) {
        return new Scenario(name, "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Layout.empty());
    }

    public Scenario withName(String v) {
        return new Scenario(v, description, hosts, switches, links, storages, vms, ssiDomains, applications, layout,
                policy);
    }

    public Scenario withDescription(String v) {
        return new Scenario(name, v, hosts, switches, links, storages, vms, ssiDomains, applications, layout, policy);
    }

    public Scenario withHosts(List<Host> v) {
        return new Scenario(name, description, v, switches, links, storages, vms, ssiDomains, applications, layout,
                policy);
    }

    public Scenario withSwitches(List<NetworkSwitch> v) {
        return new Scenario(name, description, hosts, v, links, storages, vms, ssiDomains, applications, layout,
                policy);
    }

    public Scenario withLinks(List<Link> v) {
        return new Scenario(name, description, hosts, switches, v, storages, vms, ssiDomains, applications, layout,
                policy);
    }

    public Scenario withStorages(List<Storage> v) {
        return new Scenario(name, description, hosts, switches, links, v, vms, ssiDomains, applications, layout,
                policy);
    }

    public Scenario withVms(List<Vm> v) {
        return new Scenario(name, description, hosts, switches, links, storages, v, ssiDomains, applications, layout,
                policy);
    }

    public Scenario withSsiDomains(List<SsiDomain> v) {
        return new Scenario(name, description, hosts, switches, links, storages, vms, v, applications, layout, policy);
    }

    public Scenario withApplications(List<Application> v) {
        return new Scenario(name, description, hosts, switches, links, storages, vms, ssiDomains, v, layout, policy);
    }

    public Scenario withPolicy(PolicySettings v) {
        return new Scenario(name, description, hosts, switches, links, storages, vms, ssiDomains, applications, layout,
                v);
    }

    public Scenario withLayout(Layout v) {
        return new Scenario(name, description, hosts, switches, links, storages, vms, ssiDomains, applications, v,
                policy);
    }

    /**
     * Whether the other scenario holds the same elements and differs at most in where they are
     * drawn (a drag, an alignment): nothing an engine or a rule about elements reads has changed.
     * Cheap after a move, whose lists are the same instances.
     */
    public boolean sameExceptLayout(Scenario other) {
        return other != null && (other == this || withLayout(other.layout).equals(other));
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

    /** The elements of one kind, in file order. */
    public List<? extends Element> elementsOf(ElementKind kind) {
        return switch (kind) {
            case HOST -> hosts;
            case SWITCH -> switches;
            case STORAGE -> storages;
            case LINK -> links;
            case VM -> vms;
            case SSI_DOMAIN -> ssiDomains;
            case APPLICATION -> applications;
        };
    }

    /** Every element: kind by kind in {@link ElementKind} order, each kind in file order. */
    public Stream<Element> elements() {
        return Arrays.stream(ElementKind.values()).flatMap(kind -> elementsOf(kind).stream());
    }

    /** The element with this id (the first one, should a broken file repeat an id). */
    public Optional<Element> element(String id) {
        return elements().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every element by id, as {@link #element} finds them. Built on each call: keep it for many lookups. */
    public Map<String, Element> elementsById() {
        Map<String, Element> byId = new HashMap<>();
        elements().forEach(e -> byId.putIfAbsent(e.id(), e));
        return byId;
    }

    /** What each id names. Built on each call: cache the map when looking up many ids. */
    public Map<String, ElementKind> kindsById() {
        Map<String, ElementKind> kinds = new HashMap<>();
        for (ElementKind kind : ElementKind.values()) {
            elementsOf(kind).forEach(e -> kinds.putIfAbsent(e.id(), kind));
        }
        return kinds;
    }

    public Optional<ElementKind> kindOf(String id) {
        return element(id).map(ElementKind::of);
    }

    /** Every id in the scenario, in the order of {@link #elements()}. */
    public Stream<String> ids() {
        return elements().map(Element::id);
    }

    /** The scenario with the element of the same kind and id replaced by this one. */
    public Scenario withElement(Element replacement) {
        ElementKind kind = ElementKind.of(replacement);
        List<Element> list = new ArrayList<>(elementsOf(kind));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(replacement.id())) {
                list.set(i, replacement);
                return withElements(kind, list);
            }
        }
        throw new IllegalArgumentException("no element with id \"" + replacement.id() + "\"");
    }

    private Scenario withElements(ElementKind kind, List<Element> list) {
        return switch (kind) {
            case HOST -> withHosts(all(list, Host.class));
            case SWITCH -> withSwitches(all(list, NetworkSwitch.class));
            case STORAGE -> withStorages(all(list, Storage.class));
            case LINK -> withLinks(all(list, Link.class));
            case VM -> withVms(all(list, Vm.class));
            case SSI_DOMAIN -> withSsiDomains(all(list, SsiDomain.class));
            case APPLICATION -> withApplications(all(list, Application.class));
        };
    }

    private static <T> List<T> all(List<Element> list, Class<T> type) {
        return list.stream().map(type::cast).toList();
    }

    /** A fresh id with the given prefix that no element uses yet ("vm-7"). */
    public String freshId(String prefix) {
        Set<String> used = ids().collect(Collectors.toSet());
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
