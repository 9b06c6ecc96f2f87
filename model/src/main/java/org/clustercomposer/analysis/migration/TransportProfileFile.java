package org.clustercomposer.analysis.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clustercomposer.analysis.migration.TransportProfile.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link TransportProfile} as a JSON file (what {@code calibrate --out} writes and {@code migration-cost --profile}
 * reads). SI base units, each fitted value as {@code {"value": v, "uncertainty": u}}:
 * <pre>{"profile": "name", "ceiling_bytes_per_s": {...}, "zero_page_s": {...}, "stop_copy_bytes_per_s": {...},
 *  "switchover_s": {...}, "sync_s_per_gib": {...}, "multifd_parallel": 1, "xbzrle_encoded_fraction": 0.05,
 *  "fitted_on": "..."}</pre>
 */
public final class TransportProfileFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TransportProfileFile() {
    }

    public static String json(TransportProfile p, String fittedOn) {
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", p.name());
        put(root, "ceiling_bytes_per_s", p.ceiling());
        put(root, "zero_page_s", p.zeroPageSeconds());
        put(root, "stop_copy_bytes_per_s", p.stopCopyRate());
        put(root, "switchover_s", p.switchoverSeconds());
        put(root, "sync_s_per_gib", p.syncSecondsPerGiB());
        root.put("multifd_parallel", p.multifdParallel());
        root.put("xbzrle_encoded_fraction", p.xbzrleEncodedFraction());
        root.put("fitted_on", fittedOn);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode root, String key, Parameter p) {
        ObjectNode n = root.putObject(key);
        n.put("value", p.value());
        n.put("uncertainty", p.uncertainty());
    }

    /** Reads a profile; a missing or malformed field is an error naming the file and the field. */
    public static TransportProfile read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": not a transport profile (expected a JSON object)");
        }
        try {
            return new TransportProfile(root.path("profile").asText(file.getFileName().toString()),
                    parameter(root, "ceiling_bytes_per_s"), parameter(root, "zero_page_s"),
                    parameter(root, "stop_copy_bytes_per_s"), parameter(root, "switchover_s"),
                    parameter(root, "sync_s_per_gib"), number(root, "multifd_parallel"),
                    number(root, "xbzrle_encoded_fraction"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static Parameter parameter(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || !n.path("value").isNumber()) {
            throw new IllegalArgumentException("field " + key + " needs {\"value\": number, \"uncertainty\": number}");
        }
        return new Parameter(n.get("value").asDouble(), n.path("uncertainty").asDouble(0));
    }

    private static double number(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException("field " + key + " must be a number");
        }
        return n.asDouble();
    }
}
