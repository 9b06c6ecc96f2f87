package org.clustercomposer.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clustercomposer.scenario.io.IoMessages;

/**
 * What a sweep runs, as written to {@code DIR/sweep.json} before any run starts: the varied paths,
 * the arguments every run passes to {@code simulate}, and each run (its variant file, the values
 * of the varied paths in it, its seed). The local sweep and the Slurm array read the same plan, and
 * {@code sweep-merge} builds the table from it and the runs' {@code summary.csv}.
 */
record SweepPlan(String scenario, List<String> varied, List<String> simulateArguments, List<Run> runs) {

    static final String FILE = "sweep.json";
    static final String FORMAT = "cluster-composer-sweep";

    /** One run: results go to {@code runs/NAME}; {@code variant} is relative to the sweep's directory. */
    record Run(String name, String variant, List<String> values, long seed) {
        Path results(Path dir) {
            return dir.resolve("runs").resolve(name);
        }
    }

    SweepPlan {
        varied = List.copyOf(varied);
        simulateArguments = List.copyOf(simulateArguments);
        runs = List.copyOf(runs);
    }

    void write(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("scenario", scenario);
        root.set("vary", mapper.valueToTree(varied));
        root.set("simulateArguments", mapper.valueToTree(simulateArguments));
        ArrayNode list = root.putArray("runs");
        for (Run run : runs) {
            ObjectNode r = list.addObject();
            r.put("name", run.name());
            r.put("variant", run.variant());
            r.set("values", mapper.valueToTree(run.values()));
            r.put("seed", run.seed());
        }
        Files.writeString(dir.resolve(FILE), mapper.writeValueAsString(root) + "\n");
    }

    /** Reads {@code DIR/sweep.json}; the message names the file and what is wrong. */
    static SweepPlan read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file: not a sweep directory (sweep --out or --slurm writes it)");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not readable as JSON: " + IoMessages.describe(e));
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + ": /format: expected \"" + FORMAT + "\"");
        }
        List<Run> runs = new ArrayList<>();
        for (JsonNode r : root.path("runs")) {
            List<String> values = new ArrayList<>();
            r.path("values").forEach(v -> values.add(v.asText()));
            runs.add(new Run(r.path("name").asText(), r.path("variant").asText(), values, r.path("seed").asLong()));
        }
        List<String> varied = new ArrayList<>();
        root.path("vary").forEach(v -> varied.add(v.asText()));
        List<String> args = new ArrayList<>();
        root.path("simulateArguments").forEach(v -> args.add(v.asText()));
        return new SweepPlan(root.path("scenario").asText(), varied, args, runs);
    }
}
