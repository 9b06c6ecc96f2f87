package org.clustercomposer.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** Prints what one migration costs, by the named method, as text or JSON. */
public final class MigrationCostFormat {

    private MigrationCostFormat() {
    }

    public static void text(String method, MigrationCost cost, PrintWriter out) {
        out.printf("method:    %s%n", method);
        out.printf("total:     %s%n", Quantities.display(cost.totalSeconds(), Dimension.DURATION));
        out.printf("downtime:  %s%n", Quantities.display(cost.downtimeSeconds(), Dimension.DURATION));
        out.printf("data sent: %s%n", Quantities.display(cost.bytesSent(), Dimension.SIZE));
        out.printf("rounds:    %d%n", cost.rounds());
        out.printf("converged: %s%n", cost.converged() ? "yes" : "no (forced stop-and-copy)");
        out.printf("why:       %s%n", cost.explanation().text());
    }

    public static String json(String method, MigrationCost cost) throws JsonProcessingException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", method);
        json.put("totalSeconds", cost.totalSeconds());
        json.put("downtimeSeconds", cost.downtimeSeconds());
        json.put("bytesSent", cost.bytesSent());
        json.put("rounds", cost.rounds());
        json.put("converged", cost.converged());
        json.put("roundBytes", cost.roundBytes());
        json.put("explanation", cost.explanation().text());
        // The model's inputs by name, in SI base units (fractions as 0..1): "pages left at home" is process
        // migration's remote-paging share, "dirty-log syncs" what QEMU's pre-copy counts its rounds in.
        Map<String, Double> inputs = new LinkedHashMap<>();
        cost.explanation().inputs().forEach(i -> inputs.put(i.name(), i.value()));
        json.put("inputs", inputs);
        return PrettyJson.of(json);
    }
}
