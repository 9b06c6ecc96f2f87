package org.clustercomposer.views.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Element;

/**
 * The edits a user can make, as commands. Each checks its input against the scenario it is
 * applied to and refuses with a message a person understands.
 */
public final class ScenarioEdits {

    private ScenarioEdits() {
    }

    /** A host, switch or storage at a canvas position. */
    public static EditCommand addNode(ElementKind kind, String id, Position at) {
        return EditCommand.of("Add " + kind.noun(), s -> {
            requireFresh(s, id);
            Scenario added = switch (kind) {
                case HOST -> s.withHosts(append(s.hosts(), ElementDefaults.host(id)));
                case SWITCH -> s.withSwitches(append(s.switches(), ElementDefaults.networkSwitch(id)));
                case STORAGE -> s.withStorages(append(s.storages(), ElementDefaults.storage(id)));
                default -> throw new IllegalArgumentException("a " + kind.noun() + " is not placed by position");
            };
            return added.withLayout(added.layout().with(id, at));
        });
    }

    public static EditCommand addLink(String id, String from, String to) {
        return EditCommand.of("Connect " + from + " to " + to, s -> {
            requireFresh(s, id);
            requireNode(s, from);
            requireNode(s, to);
            if (from.equals(to)) {
                throw new IllegalArgumentException("a link needs two different ends");
            }
            return s.withLinks(append(s.links(), ElementDefaults.link(id, from, to)));
        });
    }

    public static EditCommand addVm(String id, String target) {
        return EditCommand.of("Add VM on " + target, s -> {
            requireFresh(s, id);
            requireVmTarget(s, target);
            return s.withVms(append(s.vms(), ElementDefaults.vm(id, target)));
        });
    }

    public static EditCommand addApplication(String id, String target) {
        return EditCommand.of("Add application on " + target, s -> {
            requireFresh(s, id);
            requireApplicationTarget(s, target);
            return s.withApplications(append(s.applications(), ElementDefaults.application(id, target)));
        });
    }

    /** An SSI domain stretched over hosts or over VMs (not a mix). */
    public static EditCommand addSsiDomain(String id, List<String> members) {
        return EditCommand.of("Add SSI domain over " + members.size() + " members", s -> {
            requireFresh(s, id);
            requireMembers(s, members);
            return s.withSsiDomains(append(s.ssiDomains(), ElementDefaults.ssiDomain(id, members)));
        });
    }

    public static EditCommand setMembers(String domainId, List<String> members) {
        return EditCommand.of("Change members of " + domainId, s -> {
            requireMembers(s, members);
            SsiDomain domain = s.ssiDomain(domainId)
                    .orElseThrow(() -> new IllegalArgumentException("no SSI domain \"" + domainId + "\""));
            return s.withElement(domain.withMembers(members));
        });
    }

    /** Moves a VM or an application to another host, SSI domain (or VM, for an application). */
    public static EditCommand placeOn(String id, String target) {
        return placeOn(id, target, "Place " + id + " on " + target);
    }

    /** The same, named for the undo menu ("Migrate web-1 to node-4 (pre-copy: 12 s, …)"). */
    public static EditCommand placeOn(String id, String target, String description) {
        return EditCommand.of(description, s -> {
            ElementKind kind = s.kindOf(id).orElseThrow(() -> new IllegalArgumentException("no element \"" + id + "\""));
            if (kind == ElementKind.VM) {
                requireVmTarget(s, target);
                Vm vm = s.vm(id).orElseThrow();
                return target.equals(vm.placedOn()) ? s : s.withElement(vm.withPlacedOn(target));
            } else if (kind == ElementKind.APPLICATION) {
                requireApplicationTarget(s, target);
                var app = s.applications().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
                return target.equals(app.placedOn()) ? s : s.withElement(app.withPlacedOn(target));
            }
            throw new IllegalArgumentException("only VMs and applications are placed on something");
        });
    }

    /**
     * Moves nodes by a delta. All the steps of one drag share the gesture id, so the whole drag
     * is one undo step.
     */
    public static EditCommand moveBy(Collection<String> ids, double dx, double dy, Map<String, Position> origins,
                                     String gestureId) {
        String what = ids.size() == 1 ? ids.iterator().next() : ids.size() + " elements";
        return EditCommand.merging("Move " + what, "move:" + gestureId, s -> {
            // Only the moved positions are new: a drag move costs O(moved nodes), not a copy of the layout.
            Map<String, Position> moved = new LinkedHashMap<>();
            for (String id : ids) {
                Position from = origins.get(id);
                if (from != null) {
                    moved.put(id, new Position(from.x() + dx, from.y() + dy));
                }
            }
            return s.withLayout(s.layout().withAll(moved));
        });
    }

    /** Sets many positions at once (align, auto-layout). */
    public static EditCommand setPositions(String description, Map<String, Position> positions) {
        return EditCommand.of(description, s -> s.withLayout(s.layout().withAll(positions)));
    }

    /** The design's own name and description (About This Design…). */
    public static EditCommand describe(String name, String description) {
        return EditCommand.of("Rename design and edit its description", s -> s.withName(name.strip()).withDescription(description.strip()));
    }

    public static EditCommand delete(Set<String> ids) {
        return EditCommand.of(ids.size() == 1 ? "Delete " + ids.iterator().next() : "Delete " + ids.size() + " elements",
                s -> ids.stream().anyMatch(id -> s.kindOf(id).isPresent()) ? Removal.remove(s, ids) : s);
    }

    /** Replaces one element by an edited copy (from the property sheet). */
    public static EditCommand replace(String description, Element edited) {
        return replaceAll(description, List.of(edited));
    }

    /** Replaces several elements by edited copies in one command, so one undo step restores all. */
    public static EditCommand replaceAll(String description, List<? extends Element> edited) {
        List<Element> copies = List.copyOf(edited);
        return EditCommand.of(description, s -> {
            Scenario next = s;
            for (Element element : copies) {
                next = next.withElement(element);
            }
            return next;
        });
    }

    static void requireFresh(Scenario s, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an element needs an id");
        }
        if (s.kindOf(id).isPresent()) {
            throw new IllegalArgumentException("the id \"" + id + "\" is already used");
        }
    }

    private static void requireNode(Scenario s, String id) {
        ElementKind kind = s.kindOf(id).orElseThrow(() -> new IllegalArgumentException("no element \"" + id + "\""));
        if (kind != ElementKind.HOST && kind != ElementKind.SWITCH && kind != ElementKind.STORAGE) {
            throw new IllegalArgumentException("a link connects hosts, switches and storage, not a " + kind.noun());
        }
    }

    private static void requireVmTarget(Scenario s, String target) {
        ElementKind kind = s.kindOf(target).orElse(null);
        if (kind != ElementKind.HOST && kind != ElementKind.SSI_DOMAIN) {
            throw new IllegalArgumentException("a VM goes on a host or an SSI domain"
                    + (kind == null ? "" : ", not on a " + kind.noun()));
        }
    }

    private static void requireApplicationTarget(Scenario s, String target) {
        ElementKind kind = s.kindOf(target).orElse(null);
        if (kind != ElementKind.HOST && kind != ElementKind.SSI_DOMAIN && kind != ElementKind.VM) {
            throw new IllegalArgumentException("an application runs on a VM, a host or an SSI domain"
                    + (kind == null ? "" : ", not on a " + kind.noun()));
        }
    }

    private static void requireMembers(Scenario s, List<String> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("select the hosts or the VMs the SSI domain spans");
        }
        Map<String, ElementKind> kinds = s.kindsById();
        Set<ElementKind> memberKinds = new HashSet<>();
        for (String m : members) {
            ElementKind k = kinds.get(m);
            if (k != ElementKind.HOST && k != ElementKind.VM) {
                throw new IllegalArgumentException("an SSI domain spans hosts or VMs; \"" + m + "\" is "
                        + (k == null ? "unknown" : "a " + k.noun()));
            }
            memberKinds.add(k);
        }
        if (memberKinds.size() > 1) {
            throw new IllegalArgumentException("an SSI domain spans hosts or VMs, not a mix of both");
        }
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(element);
        return copy;
    }
}
