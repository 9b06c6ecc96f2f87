package org.clustercomposer.views.canvas;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.Scenario;

/** Which layers of the design are shown. Hidden layers are neither drawn nor hit. */
public record LayerVisibility(boolean hardware, boolean vms, boolean ssi, boolean applications) {

    public static LayerVisibility all() {
        return new LayerVisibility(true, true, true, true);
    }

    /**
     * What a view writes on itself while layers are hidden, so empty-looking hosts are not taken
     * for empty ones: "Hidden: 18 VMs, 2 SSI domains (View › Layers)"; empty when nothing is.
     */
    public String hiddenHint(Scenario s) {
        List<String> hidden = new ArrayList<>();
        if (!hardware) {
            hidden.add(count(s.hosts().size() + s.switches().size() + s.storages().size(), "node", "nodes")
                    + " and " + count(s.links().size(), "link", "links"));
        }
        if (!vms) {
            hidden.add(count(s.vms().size(), "VM", "VMs"));
        }
        if (!ssi) {
            hidden.add(count(s.ssiDomains().size(), "SSI domain", "SSI domains"));
        }
        if (!applications) {
            hidden.add(count(s.applications().size(), "application", "applications"));
        }
        return hidden.isEmpty() ? "" : "Hidden: " + String.join(", ", hidden) + " (View › Layers)";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
