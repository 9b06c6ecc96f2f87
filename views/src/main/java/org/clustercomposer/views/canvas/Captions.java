package org.clustercomposer.views.canvas;

import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** The words drawn on each element: its name and one line of its key figures. */
final class Captions {

    private Captions() {
    }

    static void describe(Scenario s, Map<String, String> captions, Map<String, String> details) {
        // Thousands of VMs share a few flavors: print each distinct value once.
        Map<Double, String> sizes = new java.util.HashMap<>();
        s.hosts().forEach(h -> {
            captions.put(h.id(), name(h.name(), h.id()));
            details.put(h.id(), h.cores() + " × " + Quantities.display(h.coreSpeed(), Dimension.FREQUENCY) + " · "
                    + Quantities.display(h.memory(), Dimension.SIZE) + (h.isVirtualized() ? " · " + h.hypervisor().kind() : ""));
        });
        s.switches().forEach(e -> {
            captions.put(e.id(), name(e.name(), e.id()));
            details.put(e.id(), e.ports() + " ports · " + Quantities.display(e.bandwidth(), Dimension.BANDWIDTH));
        });
        s.storages().forEach(e -> {
            captions.put(e.id(), name(e.name(), e.id()));
            details.put(e.id(), Quantities.display(e.capacity(), Dimension.SIZE) + " · "
                    + Quantities.display(e.bandwidth(), Dimension.BANDWIDTH));
        });
        s.links().forEach(e -> {
            captions.put(e.id(), e.id());
            details.put(e.id(), Quantities.display(e.bandwidth(), Dimension.BANDWIDTH));
        });
        s.vms().forEach(e -> {
            captions.put(e.id(), name(e.name(), e.id()));
            details.put(e.id(), e.vcpus() + " vCPU · "
                    + sizes.computeIfAbsent(e.memory(), m -> Quantities.display(m, Dimension.SIZE)));
        });
        s.ssiDomains().forEach(e -> {
            captions.put(e.id(), name(e.name(), e.id()));
            details.put(e.id(), e.kind().jsonName() + " · " + e.members().size() + " members");
        });
        s.applications().forEach(e -> {
            captions.put(e.id(), name(e.name(), e.id()));
            details.put(e.id(), "×" + e.processes());
        });
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
