package org.clustercomposer.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.clustercomposer.analysis.utilization.ElementUtilization;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** Prints a utilization report as text tables or JSON. */
public final class UtilizationReportFormat {

    private static final List<ElementKind> SECTIONS = List.of(ElementKind.HOST, ElementKind.LINK, ElementKind.SWITCH,
            ElementKind.STORAGE, ElementKind.SSI_DOMAIN, ElementKind.VM);

    private UtilizationReportFormat() {
    }

    public static void text(Scenario scenario, UtilizationReport report, PrintWriter out) {
        out.printf("Scenario: %s (%d hosts, %d VMs)%n", scenario.name(), scenario.hosts().size(), scenario.vms().size());
        List<ElementUtilization> overloads = report.overloads();
        out.printf("%nOverloaded (%d)%n", overloads.size());
        for (ElementUtilization u : overloads) {
            out.printf("  %-10s %-16s %s %s: %s%n", kind(u.kind()), u.id(), u.peakResource().name().toLowerCase(Locale.ROOT),
                    pct(u.peak()), u.explanation().text());
        }
        for (ElementKind kind : SECTIONS) {
            List<ElementUtilization> items = report.ofKind(kind);
            if (items.isEmpty()) {
                continue;
            }
            out.printf("%n%s (%d)%n", section(kind), items.size());
            out.printf("  %-16s %7s %7s %7s %9s  %s%n", "id", "cpu", "memory", "network", "power", "");
            for (ElementUtilization u : items) {
                out.printf("  %-16s %7s %7s %7s %9s  %s%n", u.id(), pct(u.cpu()), pct(u.memory()), pct(u.network()),
                        Double.isNaN(u.powerWatts()) ? "" : Quantities.display(u.powerWatts(), Dimension.POWER),
                        u.overloaded() ? "OVERLOADED" : u.high() ? "high" : "");
            }
        }
        UtilizationReport.Summary s = report.summary();
        out.printf("%nSummary%n");
        out.printf("  CPU:     %.1f of %.0f cores (%s)%n", s.cpuDemandCores(), s.cpuCapacityCores(), pct(s.cpuFraction()));
        out.printf("  memory:  %s of %s (%s)%n", Quantities.display(s.memoryDemand(), Dimension.SIZE),
                Quantities.display(s.memoryCapacity(), Dimension.SIZE), pct(s.memoryFraction()));
        out.printf("  power:   %s%n", Quantities.display(s.powerWatts(), Dimension.POWER));
        out.printf("  busiest links: %s (max %s)%n", report.bottlenecks().isEmpty() ? "none" : String.join(", ",
                report.bottlenecks()), pct(s.maxLinkUtilization()));
        out.printf("  overloaded: %d%n", s.overloadedCount());
        report.problems().forEach(p -> out.println("  problem: " + p));
    }

    public static String json(Scenario scenario, UtilizationReport report) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario.name());
        UtilizationReport.Summary s = report.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("hosts", s.hosts());
        summary.put("vms", s.vms());
        summary.put("cpuDemandCores", s.cpuDemandCores());
        summary.put("cpuCapacityCores", s.cpuCapacityCores());
        summary.put("memoryDemandBytes", s.memoryDemand());
        summary.put("memoryCapacityBytes", s.memoryCapacity());
        summary.put("powerWatts", s.powerWatts());
        summary.put("maxLinkUtilization", s.maxLinkUtilization());
        summary.put("overloadedCount", s.overloadedCount());
        root.put("summary", summary);
        root.put("overloads", report.overloads().stream().map(ElementUtilization::id).toList());
        root.put("bottlenecks", report.bottlenecks());
        root.put("problems", report.problems());
        root.put("elements", report.byId().values().stream().map(UtilizationReportFormat::element).toList());
        return PrettyJson.of(root);
    }

    private static Map<String, Object> element(ElementUtilization u) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", u.id());
        e.put("kind", u.kind().name().toLowerCase(Locale.ROOT));
        e.put("cpu", number(u.cpu()));
        e.put("memory", number(u.memory()));
        e.put("network", number(u.network()));
        e.put("powerWatts", number(u.powerWatts()));
        e.put("overloaded", u.overloaded());
        e.put("explanation", u.explanation() == null ? null : u.explanation().text());
        return e;
    }

    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String pct(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    private static String kind(ElementKind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String section(ElementKind k) {
        return switch (k) {
            case HOST -> "Hosts";
            case LINK -> "Links";
            case SWITCH -> "Switches";
            case STORAGE -> "Storage";
            case SSI_DOMAIN -> "SSI domains";
            case VM -> "VMs";
            case APPLICATION -> "Applications";
        };
    }
}
