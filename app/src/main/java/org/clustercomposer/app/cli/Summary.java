package org.clustercomposer.app.cli;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.Scenario;

/** "3 hosts, 12 VMs, 1 switch, ...": what a scenario holds, in one phrase. */
final class Summary {

    private Summary() {
    }

    static String of(Scenario s) {
        List<String> parts = new ArrayList<>();
        parts.add(count(s.hosts().size(), "host", "hosts"));
        parts.add(count(s.vms().size(), "VM", "VMs"));
        parts.add(count(s.switches().size(), "switch", "switches"));
        parts.add(count(s.links().size(), "link", "links"));
        parts.add(count(s.storages().size(), "storage", "storages"));
        parts.add(count(s.ssiDomains().size(), "SSI domain", "SSI domains"));
        parts.add(count(s.applications().size(), "application", "applications"));
        return String.join(", ", parts);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
