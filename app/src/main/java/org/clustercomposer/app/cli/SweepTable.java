package org.clustercomposer.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sweep's table, one row per run: its name, the varied values, the seed, its status and the
 * summary {@code simulate} wrote ({@code runs/NAME/summary.csv}). Written as {@code table.csv}
 * and {@code table.json} in the sweep's directory. A run without a summary is {@code missing}
 * (failed, not run, or still running) with empty metrics, never zeros.
 */
final class SweepTable {

    static final String CSV = "table.csv";
    static final String JSON = "table.json";
    /** Summary keys left out: the scenario's name is the same in every row, the seed has its column. */
    private static final List<String> NOT_SHOWN = List.of("scenario", "seed");

    record Row(SweepPlan.Run run, String status, Map<String, String> summary) {
    }

    private SweepTable() {
    }

    static List<Row> rows(SweepPlan plan, Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (SweepPlan.Run run : plan.runs()) {
            Path summary = run.results(dir).resolve("summary.csv");
            if (!Files.isRegularFile(summary)) {
                rows.add(new Row(run, "missing", Map.of()));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(summary);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                int comma = line.indexOf(',');
                if (comma > 0 && !NOT_SHOWN.contains(line.substring(0, comma))) {
                    values.put(line.substring(0, comma), line.substring(comma + 1));
                }
            }
            rows.add(new Row(run, "true".equals(values.get("cancelled")) ? "cancelled" : "done", values));
        }
        return rows;
    }

    /** Writes both files; returns the rows. */
    static List<Row> write(SweepPlan plan, Path dir) throws IOException {
        List<Row> rows = rows(plan, dir);
        List<String> keys = new ArrayList<>();
        rows.forEach(r -> r.summary().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        StringBuilder csv = new StringBuilder("run");
        plan.varied().forEach(p -> csv.append(',').append(cell(p)));
        csv.append(",seed,status");
        keys.forEach(k -> csv.append(',').append(k));
        csv.append('\n');
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", "cluster-composer-sweep-table");
        root.put("scenario", plan.scenario());
        root.set("vary", mapper.valueToTree(plan.varied()));
        ArrayNode list = root.putArray("runs");
        for (Row row : rows) {
            csv.append(row.run().name());
            row.run().values().forEach(v -> csv.append(',').append(cell(v)));
            csv.append(',').append(row.run().seed()).append(',').append(row.status());
            keys.forEach(k -> csv.append(',').append(cell(row.summary().getOrDefault(k, ""))));
            csv.append('\n');
            ObjectNode r = list.addObject();
            r.put("run", row.run().name());
            ObjectNode varied = r.putObject("values");
            for (int i = 0; i < plan.varied().size(); i++) {
                varied.put(plan.varied().get(i), row.run().values().get(i));
            }
            r.put("seed", row.run().seed());
            r.put("status", row.status());
            ObjectNode summary = r.putObject("summary");
            row.summary().forEach((k, v) -> putTyped(summary, k, v));
        }
        Files.writeString(dir.resolve(CSV), csv);
        Files.writeString(dir.resolve(JSON), mapper.writeValueAsString(root) + "\n");
        return rows;
    }

    private static void putTyped(ObjectNode node, String key, String value) {
        if (value.equals("true") || value.equals("false")) {
            node.put(key, Boolean.parseBoolean(value));
        } else if (value.matches("-?[0-9]+")) {
            node.put(key, Long.parseLong(value));
        } else {
            try {
                double d = Double.parseDouble(value);
                if (Double.isFinite(d)) {
                    node.put(key, d);
                } else {
                    node.put(key, value); // JSON has no NaN
                }
            } catch (NumberFormatException e) {
                node.put(key, value);
            }
        }
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
