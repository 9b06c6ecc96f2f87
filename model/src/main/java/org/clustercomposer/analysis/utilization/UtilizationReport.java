package org.clustercomposer.analysis.utilization;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustercomposer.scenario.ElementKind;

/**
 * The utilization of every host, link, switch, SSI domain and VM of one scenario.
 *
 * @param byId        per element id, in file order (hosts, switches, links, VMs, SSI domains)
 * @param bottlenecks the busiest links, busiest first (at most {@link #BOTTLENECKS})
 * @param summary     cluster-wide totals
 * @param problems    what the analysis could not account for (unroutable traffic, unknown targets)
 */
public record UtilizationReport(Map<String, ElementUtilization> byId, List<String> bottlenecks, Summary summary,
                                List<String> problems) {

    public static final int BOTTLENECKS = 5;

    private static final Class<?> UNMODIFIABLE = Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

    public UtilizationReport {
        // The analysis hands over an immutable map it built for this report; copying 100,000 entries again
        // would double the cost. Anything else is copied.
        byId = byId.getClass() == UNMODIFIABLE || byId instanceof IndexedMap ? byId
                : Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        bottlenecks = List.copyOf(bottlenecks);
        problems = List.copyOf(problems);
    }

    public Optional<ElementUtilization> of(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Elements of one kind, in file order. */
    public List<ElementUtilization> ofKind(ElementKind kind) {
        return byId.values().stream().filter(u -> u.kind() == kind).toList();
    }

    /** Overloaded elements, worst first. */
    public List<ElementUtilization> overloads() {
        return byId.values().stream().filter(ElementUtilization::overloaded)
                .sorted(Comparator.comparingDouble(ElementUtilization::peak).reversed()).toList();
    }

    /**
     * Cluster-wide figures.
     *
     * @param cpuDemandCores   cores' worth of CPU wanted on hosts, overheads included
     * @param cpuCapacityCores physical cores
     * @param memoryDemand     bytes allocated on hosts
     * @param memoryCapacity   physical bytes
     * @param powerWatts       drawn by all hosts (linear idle-to-peak)
     * @param maxLinkUtilization the busiest link's fraction (0 without links)
     * @param overloadedCount  elements flagged overloaded
     */
    public record Summary(int hosts, int vms, double cpuDemandCores, double cpuCapacityCores, double memoryDemand,
                          double memoryCapacity, double powerWatts, double maxLinkUtilization, int overloadedCount) {

        public double cpuFraction() {
            return cpuCapacityCores > 0 ? cpuDemandCores / cpuCapacityCores : 0;
        }

        public double memoryFraction() {
            return memoryCapacity > 0 ? memoryDemand / memoryCapacity : 0;
        }
    }
}
