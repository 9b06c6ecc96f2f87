package org.clustercomposer.views.canvas;

import java.util.HashMap;
import java.util.Map;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.DisplayNames;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Element;
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
public final class Captions {

    private final Scenario scenario;
    private Map<String, Element> byId;
    private final Map<String, String> captions = new HashMap<>();
    private final Map<String, String> details = new HashMap<>();

    public Captions(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The name drawn for one element of a scenario, without building captions for the rest. */
    public static String nameIn(Scenario s, String id) {
        return s.element(id).map(DisplayNames::nameOf).orElse(id);
    }

    public String caption(String id) {
        return captions.computeIfAbsent(id, this::makeCaption);
    }

    public String detail(String id) {
        return details.computeIfAbsent(id, this::makeDetail);
    }

    private Element element(String id) {
        if (byId == null) {
            byId = scenario.elementsById();
        }
        return byId.get(id);
    }

    private String makeCaption(String id) {
        Element e = element(id);
        return e == null ? id : DisplayNames.nameOf(e);
    }

    private String makeDetail(String id) {
        Element e = element(id);
        if (e == null) {
            return "";
        }
        return switch (ElementKind.of(e)) {
            case HOST -> hostDetail((Host) e);
            case SWITCH -> ((NetworkSwitch) e).ports() + " ports · " + bandwidth(((NetworkSwitch) e).bandwidth());
            case STORAGE -> size(((Storage) e).capacity()) + " · " + bandwidth(((Storage) e).bandwidth());
            case LINK -> bandwidth(((Link) e).bandwidth());
            case VM -> ((Vm) e).vcpus() + " vCPU · " + size(((Vm) e).memory());
            case SSI_DOMAIN -> ssiDetail((SsiDomain) e);
            case APPLICATION -> "×" + ((Application) e).processes();
        };
    }

    private static String hostDetail(Host h) {
        return h.cores() + " × " + Quantities.display(h.coreSpeed(), Dimension.FREQUENCY) + " · " + size(h.memory())
                + (h.isVirtualized() ? " · " + h.hypervisor().kind() : "");
    }

    private static String ssiDetail(SsiDomain d) {
        return d.kind().jsonName() + " · " + d.members().size() + " members";
    }

    private static String size(double bytes) {
        return Quantities.display(bytes, Dimension.SIZE);
    }

    private static String bandwidth(double bytesPerSecond) {
        return Quantities.display(bytesPerSecond, Dimension.BANDWIDTH);
    }
}
