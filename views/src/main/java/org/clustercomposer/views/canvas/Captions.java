package org.clustercomposer.views.canvas;

import java.util.HashMap;
import java.util.Map;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * The words drawn on each element: its name and one line of its key figures. Made on demand and
 * kept: a frame only asks for what is on screen, and formatting 10,000 VM captions after every
 * edit would cost more than the rest of the geometry.
 */
final class Captions {

    private final Scenario scenario;
    private Map<String, Object> byId;
    private final Map<String, String> captions = new HashMap<>();
    private final Map<String, String> details = new HashMap<>();

    Captions(Scenario scenario) {
        this.scenario = scenario;
    }

    String caption(String id) {
        return captions.computeIfAbsent(id, this::makeCaption);
    }

    String detail(String id) {
        return details.computeIfAbsent(id, this::makeDetail);
    }

    private Object element(String id) {
        if (byId == null) {
            byId = new HashMap<>();
            for (Object e : org.clustercomposer.views.editing.Elements.all(scenario)) {
                byId.putIfAbsent(org.clustercomposer.views.editing.Elements.idOf(e), e);
            }
        }
        return byId.get(id);
    }

    private String makeCaption(String id) {
        Object e = element(id);
        String name = e instanceof Host h ? h.name() : e instanceof NetworkSwitch s ? s.name()
                : e instanceof Storage s ? s.name() : e instanceof Vm v ? v.name()
                : e instanceof SsiDomain d ? d.name() : e instanceof Application a ? a.name() : null;
        return name == null || name.isBlank() ? id : name;
    }

    private String makeDetail(String id) {
        Object e = element(id);
        if (e instanceof Host h) {
            return h.cores() + " × " + Quantities.display(h.coreSpeed(), Dimension.FREQUENCY) + " · "
                    + Quantities.display(h.memory(), Dimension.SIZE) + (h.isVirtualized() ? " · " + h.hypervisor().kind() : "");
        } else if (e instanceof NetworkSwitch s) {
            return s.ports() + " ports · " + Quantities.display(s.bandwidth(), Dimension.BANDWIDTH);
        } else if (e instanceof Storage s) {
            return Quantities.display(s.capacity(), Dimension.SIZE) + " · " + Quantities.display(s.bandwidth(), Dimension.BANDWIDTH);
        } else if (e instanceof Link l) {
            return Quantities.display(l.bandwidth(), Dimension.BANDWIDTH);
        } else if (e instanceof Vm v) {
            return v.vcpus() + " vCPU · " + Quantities.display(v.memory(), Dimension.SIZE);
        } else if (e instanceof SsiDomain d) {
            return d.kind().jsonName() + " · " + d.members().size() + " members";
        } else if (e instanceof Application a) {
            return "×" + a.processes();
        }
        return "";
    }
}
