package org.clustercomposer.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.clustercomposer.analysis.evacuation.MoveCost;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.scenario.DisplayNames;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** Prints the plan for draining a host as text or JSON. */
public final class EvacuationPlanFormat {

    private EvacuationPlanFormat() {
    }

    /** The plan with ids, as {@code cluster-composer drain} prints it. */
    public static void text(String host, PlanCost plan, PrintWriter out) {
        text(host, plan, DisplayNames.IDS, out);
    }

    /** The same plan, each element called as {@code names} calls it (the editor: the names its canvas draws). */
    public static void text(String hostId, PlanCost plan, DisplayNames names, PrintWriter out) {
        String host = names.name(hostId);
        if (plan.moves().isEmpty() && plan.refused().isEmpty()) {
            out.printf("Draining %s: nothing to move (no VM or application runs on it)%n", host);
        } else {
            out.printf("Draining %s: %d moves, %d refused%n", host, plan.moves().size(), plan.refused().size());
        }
        for (MoveCost m : plan.moves()) {
            out.printf("  %-12s -> %-10s %10s at %-12s downtime %-8s shared by %d, done at %-9s via %s%n",
                    names.name(m.move().vmId()), names.name(m.move().to()), Quantities.display(m.cost().totalSeconds(), Dimension.DURATION),
                    Quantities.display(m.bandwidth(), Dimension.BANDWIDTH),
                    Quantities.display(m.cost().downtimeSeconds(), Dimension.DURATION), m.sharedWith(),
                    Quantities.display(m.finishSeconds(), Dimension.DURATION), names.route(m.move().from(), m.path()));
        }
        plan.refused().forEach(r -> out.println("  refused: " + names.inText(r)));
        plan.notes().forEach(n -> out.println("  note: " + names.inText(n)));
        if (!plan.moves().isEmpty()) {
            out.printf("Total %s (moves run together, bandwidth handed back as each finishes), %s sent, "
                    + "longest pause %s%n", Quantities.display(plan.totalSeconds(), Dimension.DURATION),
                    Quantities.display(plan.bytesSent(), Dimension.SIZE),
                    Quantities.display(plan.maxDowntimeSeconds(), Dimension.DURATION));
        }
    }

    public static String json(String host, PlanCost plan) throws JsonProcessingException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("host", host);
        json.put("totalSeconds", plan.totalSeconds());
        json.put("bytesSent", plan.bytesSent());
        json.put("maxDowntimeSeconds", plan.maxDowntimeSeconds());
        json.put("moves", plan.moves().stream().map(EvacuationPlanFormat::move).toList());
        json.put("refused", plan.refused());
        json.put("notes", plan.notes());
        return PrettyJson.of(json);
    }

    private static Map<String, Object> move(MoveCost m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("vm", m.move().vmId());
        json.put("to", m.move().to());
        json.put("totalSeconds", m.cost().totalSeconds());
        json.put("downtimeSeconds", m.cost().downtimeSeconds());
        json.put("bytesSent", m.cost().bytesSent());
        json.put("bandwidth", m.bandwidth());
        json.put("sharedWith", m.sharedWith());
        json.put("finishSeconds", m.finishSeconds());
        json.put("path", List.copyOf(m.path()));
        json.put("explanation", m.cost().explanation().text());
        return json;
    }
}
