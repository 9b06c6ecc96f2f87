package org.clustercomposer.report;

import java.util.List;
import java.util.stream.Collectors;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;

/** "3 hosts, 12 VMs, 1 switch, ...": what a scenario holds, in one phrase. */
public final class ScenarioSummary {

    private ScenarioSummary() {
    }

    // Machines first: what people count a cluster by.
    private static final List<ElementKind> ORDER = List.of(ElementKind.HOST, ElementKind.VM, ElementKind.SWITCH,
            ElementKind.LINK, ElementKind.STORAGE, ElementKind.SSI_DOMAIN, ElementKind.APPLICATION);

    public static String of(Scenario s) {
        return ORDER.stream().map(kind -> count(s.elementsOf(kind).size(), kind)).collect(Collectors.joining(", "));
    }

    private static String count(int n, ElementKind kind) {
        return n + " " + (n == 1 ? kind.noun() : kind.plural());
    }
}
