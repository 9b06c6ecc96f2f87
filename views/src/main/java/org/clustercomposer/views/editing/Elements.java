package org.clustercomposer.views.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;

/** Finding and replacing any element of a scenario by its id, whatever its kind. */
public final class Elements {

    private Elements() {
    }

    /** The record with this id (a Host, Vm, Link...), if any. */
    public static Optional<Object> find(Scenario s, String id) {
        return s.ids().anyMatch(id::equals) ? all(s).stream().filter(e -> idOf(e).equals(id)).findFirst()
                : Optional.empty();
    }

    public static List<Object> all(Scenario s) {
        List<Object> all = new ArrayList<>();
        all.addAll(s.hosts());
        all.addAll(s.switches());
        all.addAll(s.storages());
        all.addAll(s.links());
        all.addAll(s.vms());
        all.addAll(s.ssiDomains());
        all.addAll(s.applications());
        return all;
    }

    public static String idOf(Object element) {
        if (element instanceof Host e) {
            return e.id();
        } else if (element instanceof NetworkSwitch e) {
            return e.id();
        } else if (element instanceof Storage e) {
            return e.id();
        } else if (element instanceof Link e) {
            return e.id();
        } else if (element instanceof Vm e) {
            return e.id();
        } else if (element instanceof SsiDomain e) {
            return e.id();
        } else if (element instanceof Application e) {
            return e.id();
        }
        throw new IllegalArgumentException("not a scenario element: " + element);
    }

    /** The scenario with the element of the same id replaced by this one. */
    public static Scenario replace(Scenario s, Object element) {
        String id = idOf(element);
        if (element instanceof Host e) {
            return s.withHosts(swap(s.hosts(), Host::id, id, e));
        } else if (element instanceof NetworkSwitch e) {
            return s.withSwitches(swap(s.switches(), NetworkSwitch::id, id, e));
        } else if (element instanceof Storage e) {
            return s.withStorages(swap(s.storages(), Storage::id, id, e));
        } else if (element instanceof Link e) {
            return s.withLinks(swap(s.links(), Link::id, id, e));
        } else if (element instanceof Vm e) {
            return s.withVms(swap(s.vms(), Vm::id, id, e));
        } else if (element instanceof SsiDomain e) {
            return s.withSsiDomains(swap(s.ssiDomains(), SsiDomain::id, id, e));
        } else {
            Application e = (Application) element;
            return s.withApplications(swap(s.applications(), Application::id, id, e));
        }
    }

    private static <T> List<T> swap(List<T> list, Function<T, String> id, String target, T replacement) {
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (id.apply(copy.get(i)).equals(target)) {
                copy.set(i, replacement);
                return copy;
            }
        }
        throw new IllegalArgumentException("no element with id \"" + target + "\"");
    }
}
