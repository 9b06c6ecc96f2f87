package org.clustercomposer.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.fault.Incident;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.simulation.output.SlaViolation;
import org.clustercomposer.simulation.output.TimeSeries;

/**
 * Writes a result as CSV tables or one JSON file. Output depends only on the result (no wall
 * time, no dates, numbers printed with {@link Double#toString}), so equal runs give equal bytes.
 */
public final class ResultWriter {

    private ResultWriter() {
    }

    /** Every file name a result may be written as, in either format: what {@code --force} may replace. */
    public static final List<String> FILE_NAMES = List.of("summary.csv", "cluster.csv", "hosts.csv", "links.csv",
            "domains.csv", "migrations.csv", "sla.csv", "incidents.csv", "result.json");

    /** Writes into {@code dir} (created if needed); returns the files written. */
    public static List<Path> write(SimulationResult result, Path dir, OutputFormat format) throws IOException {
        Files.createDirectories(dir);
        return format == OutputFormat.CSV ? writeCsv(result, dir) : List.of(writeJson(result, dir));
    }

    public static List<Path> writeCsv(SimulationResult r, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(table(dir.resolve("summary.csv"), "key,value", w -> {
            for (Map.Entry<String, Object> e : summary(r).entrySet()) {
                w.write(e.getKey() + "," + csv(String.valueOf(e.getValue())) + "\n");
            }
        }));
        files.add(table(dir.resolve("cluster.csv"), "time,power_w,cpu_utilization,hosts_on", w -> {
            for (int k = 0; k < r.stepTimes().length; k++) {
                w.write(r.stepTimes()[k] + "," + r.clusterPower()[k] + "," + r.clusterUtilization()[k] + ","
                        + r.hostsOn()[k] + "\n");
            }
        }));
        if (!r.hostSeries().isEmpty() && r.hostSeries().get(0).steps() > 0) {
            files.add(series(dir.resolve("hosts.csv"),
                    "time,host,cpu_utilization,cpu_demand,memory_bytes,network_bytes_per_s,power_w", r, r.hostSeries()));
            files.add(series(dir.resolve("links.csv"), "time,link,utilization", r, List.of(r.linkSeries())));
            files.add(series(dir.resolve("domains.csv"), "time,domain,cpu_demand_cores", r, List.of(r.domainSeries())));
        }
        files.add(table(dir.resolve("migrations.csv"),
                "id,kind,subject,from,to,start,end,duration,downtime,bytes,rounds,outcome,cause", w -> {
                    for (MigrationRecord m : r.migrations()) {
                        w.write(m.id() + "," + m.kind() + "," + csv(m.subject()) + "," + csv(m.from()) + ","
                                + csv(m.to()) + "," + m.start() + "," + m.end() + "," + m.duration() + ","
                                + m.downtime() + "," + m.bytes() + "," + m.rounds() + "," + m.outcome() + ","
                                + csv(m.cause()) + "\n");
                    }
                }));
        files.add(table(dir.resolve("sla.csv"), "start,end,element,cause,unserved_core_seconds", w -> {
            for (SlaViolation v : r.violations()) {
                w.write(v.start() + "," + v.end() + "," + csv(v.element()) + "," + v.cause().label() + ","
                        + v.unservedCoreSeconds() + "\n");
            }
        }));
        files.add(table(dir.resolve("incidents.csv"), "time,kind,element,detail", w -> {
            for (Incident i : r.incidents()) {
                w.write(i.time() + "," + i.kind().label() + "," + csv(i.element()) + "," + csv(i.detail()) + "\n");
            }
        }));
        return files;
    }

    // One line per step and element: the time, the element, then each series' value there. Step
    // times and element ids are turned into bytes once, not once per line.
    private static Path series(Path file, String header, SimulationResult r, List<TimeSeries> columns)
            throws IOException {
        List<String> elements = columns.get(0).elements();
        int steps = r.stepTimes().length;
        for (TimeSeries column : columns) {
            steps = Math.min(steps, column.steps());
        }
        byte[][] ids = new byte[elements.size()][];
        for (int e = 0; e < ids.length; e++) {
            ids[e] = CsvOut.field(elements.get(e));
        }
        CsvOut.FloatColumn[] texts = new CsvOut.FloatColumn[columns.size()];
        for (int c = 0; c < texts.length; c++) {
            texts[c] = new CsvOut.FloatColumn();
        }
        try (CsvOut csv = new CsvOut(Files.newOutputStream(file))) {
            csv.write(header.getBytes(StandardCharsets.UTF_8)).write('\n');
            for (int k = 0; k < steps; k++) {
                byte[] time = csv.text(r.stepTimes()[k]);
                for (int e = 0; e < ids.length; e++) {
                    csv.write(time).write(',').write(ids[e]);
                    // A host's CPU demand is its utilization unless it is overloaded: the same text.
                    int previousBits = 0;
                    byte[] previousText = null;
                    for (int c = 0; c < texts.length; c++) {
                        float value = (float) columns.get(c).get(e, k);
                        int bits = Float.floatToRawIntBits(value);
                        byte[] text = previousText != null && bits == previousBits ? previousText
                                : texts[c].text(value, csv);
                        csv.write(',').write(text);
                        previousBits = bits;
                        previousText = text;
                    }
                    csv.write('\n');
                }
            }
        }
        return file;
    }

    /** The headline numbers, in a fixed order. */
    public static Map<String, Object> summary(SimulationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("policy", r.policy());
        m.put("seed", r.seed());
        m.put("duration_s", r.duration());
        m.put("step_s", r.step());
        m.put("simulated_s", r.simulatedTime());
        m.put("cancelled", r.cancelled());
        m.put("migrations", r.migrations().size());
        m.put("migrations_completed", r.completedMigrations());
        m.put("energy_j", r.energy());
        m.put("energy_kwh", r.energy() / 3.6e6);
        m.put("unserved_core_seconds", r.unservedCoreSeconds());
        m.put("sla_violations", r.violations().size());
        m.put("incidents", r.incidents().size());
        m.put("mean_cpu_utilization", r.meanUtilization());
        m.put("events", r.events());
        return m;
    }

    public static Path writeJson(SimulationResult r, Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", "cluster-composer-simulation");
        root.set("summary", mapper.valueToTree(summary(r)));
        ObjectNode cluster = root.putObject("cluster");
        cluster.set("time", mapper.valueToTree(r.stepTimes()));
        cluster.set("power_w", mapper.valueToTree(r.clusterPower()));
        cluster.set("cpu_utilization", mapper.valueToTree(r.clusterUtilization()));
        cluster.set("hosts_on", mapper.valueToTree(r.hostsOn()));
        ObjectNode hosts = root.putObject("hosts");
        for (TimeSeries s : r.hostSeries()) {
            putSeries(hosts, s);
        }
        putSeries(root.putObject("links"), r.linkSeries());
        putSeries(root.putObject("domains"), r.domainSeries());
        root.set("migrations", mapper.valueToTree(r.migrations()));
        root.set("slaViolations", mapper.valueToTree(r.violations()));
        root.set("incidents", mapper.valueToTree(r.incidents()));
        Path file = dir.resolve("result.json");
        mapper.writeValue(file.toFile(), root);
        return file;
    }

    private static void putSeries(ObjectNode parent, TimeSeries s) {
        if (s.steps() == 0) {
            return;
        }
        ObjectNode metric = parent.putObject(s.metric());
        metric.put("unit", s.unit());
        ObjectNode values = metric.putObject("values");
        for (int e = 0; e < s.elements().size(); e++) {
            ArrayNode a = values.putArray(s.elements().get(e));
            for (int k = 0; k < s.steps(); k++) {
                a.add((float) s.get(e, k));
            }
        }
    }

    private interface Body {
        void write(BufferedWriter w) throws IOException;
    }

    private static Path table(Path file, String header, Body body) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            body.write(w);
        }
        return file;
    }

    static String csv(String text) {
        if (text == null) {
            return "";
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
