package org.clustercomposer.analysis.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One measured migration as QEMU or libvirt reports it, with its inputs file ({@link MigrationRunInputs}):
 * <ul>
 *   <li>QEMU's QMP {@code query-migrate} reply once the status is {@code completed} ({@code {"return": {...}}} or
 *       the bare MigrationInfo object; fields as in QEMU's qapi/migration.json: total-time, downtime,
 *       ram.normal-bytes, ram.duplicate, ram.downtime-bytes);</li>
 *   <li>{@code virsh domjobinfo --completed} text ("Time elapsed: 1234 ms", "Total downtime:", "Normal data:",
 *       "Constant pages:"), where libvirt reports no bytes sent while paused.</li>
 * </ul>
 * The run's own counters go only to the outcomes that {@link Calibration} fits against; the request comes from the
 * inputs file alone.
 */
public final class MigrationRunFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationRunFiles() {
    }

    /**
     * Reads a run and its inputs: {@code inputs} when given, else the file beside the run
     * ({@link MigrationRunInputs#besideRun}). Problems are {@link IllegalArgumentException}s naming the file and
     * the field.
     */
    public static MeasuredMigration read(Path run, Path inputs) throws IOException {
        String text = Files.readString(run);
        boolean json = text.stripLeading().startsWith("{");
        Outcome outcome = json ? queryMigrate(run, text) : domjobinfo(run, text);
        Path inputsFile = inputs != null ? inputs : MigrationRunInputs.besideRun(run);
        if (!Files.exists(inputsFile)) {
            throw new IllegalArgumentException(run + ": no inputs file " + inputsFile + " (what was known before "
                    + "migrating: memory, non-zero memory, dirty rate, settings; docs/calibration-runs.md), and no "
                    + "--inputs");
        }
        // QEMU alone caps the stream at 128 MiB/s unless told otherwise; libvirt lifts the cap.
        double defaultCap = json ? HypervisorMigrationSettings.QEMU_MAX_BANDWIDTH : Double.POSITIVE_INFINITY;
        MigrationRunInputs.Inputs in = MigrationRunInputs.read(inputsFile, defaultCap);
        return new MeasuredMigration(run.toString(), in.request(), in.settings(), outcome.totalSeconds,
                outcome.downtimeSeconds, outcome.normalBytes, outcome.zeroPages, outcome.downtimeBytes);
    }

    private record Outcome(double totalSeconds, double downtimeSeconds, double normalBytes, double zeroPages,
                           double downtimeBytes) {
    }

    private static Outcome queryMigrate(Path file, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        String base = root.has("return") ? "/return" : "";
        JsonNode info = root.has("return") ? root.get("return") : root;
        String status = info.path("status").asText("");
        if (!status.equals("completed")) {
            throw new IllegalArgumentException(file + ": " + base + "/status: " + (status.isEmpty() ? "missing"
                    : "\"" + status + "\"") + "; a query-migrate reply of a completed migration is needed");
        }
        double total = number(file, info, base, "total-time") / 1000;
        double downtime = number(file, info, base, "downtime") / 1000;
        JsonNode ram = info.path("ram");
        double pageSize = ram.has("page-size") ? number(file, info, base, "ram/page-size") : MigrationRequest.PAGE_SIZE;
        double normalBytes = ram.has("normal-bytes") ? number(file, info, base, "ram/normal-bytes")
                : number(file, info, base, "ram/normal") * pageSize;
        double downtimeBytes = ram.has("downtime-bytes") ? number(file, info, base, "ram/downtime-bytes") : Double.NaN;
        return new Outcome(total, downtime, normalBytes, number(file, info, base, "ram/duplicate") * pageSize / MigrationRequest.PAGE_SIZE,
                downtimeBytes);
    }

    private static double number(Path file, JsonNode info, String base, String pointer) {
        JsonNode n = info.at("/" + pointer);
        String where = file + ": " + base + "/" + pointer;
        if (n.isMissingNode()) {
            throw new IllegalArgumentException(where + ": missing; expected a number (QEMU's query-migrate has it)");
        }
        if (!n.isNumber() || n.asDouble() < 0) {
            throw new IllegalArgumentException(where + ": expected a number zero or more, got " + n);
        }
        return n.asDouble();
    }

    private static Outcome domjobinfo(Path file, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String type = fields.get("job type");
        if (type == null) {
            throw new IllegalArgumentException(file + ": neither a query-migrate reply (JSON) nor virsh domjobinfo "
                    + "output (no \"Job type:\" line)");
        }
        if (!type.equalsIgnoreCase("completed")) {
            throw new IllegalArgumentException(file + ": Job type: " + type + "; the output of virsh domjobinfo "
                    + "--completed after the migration is needed");
        }
        double pageSize = fields.containsKey("page size") ? count(file, fields, "Page size", "bytes")
                : MigrationRequest.PAGE_SIZE;
        return new Outcome(count(file, fields, "Time elapsed", "ms") / 1000, count(file, fields, "Total downtime", "ms")
                / 1000, size(file, fields, "Normal data"), count(file, fields, "Constant pages", "") * pageSize
                / MigrationRequest.PAGE_SIZE, Double.NaN);
    }

    /** A whole number with the unit virsh prints after it ("1234         ms"). */
    private static double count(Path file, Map<String, String> fields, String label, String unit) {
        String value = field(file, fields, label);
        String number = unit.isEmpty() ? value : value.replaceFirst("\\s*" + unit + "$", "");
        try {
            double v = Double.parseDouble(number.trim());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(file + ": " + label + ": expected a number" + (unit.isEmpty() ? ""
                : " of " + unit) + ", got \"" + value + "\"");
    }

    /** A size as virsh prints it: three decimals and a binary unit ("1013.621 MiB"). */
    private static double size(Path file, Map<String, String> fields, String label) {
        String value = field(file, fields, label);
        try {
            return Quantities.parse(value, Dimension.SIZE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + label + ": expected a size such as \"1013.621 MiB\", got \""
                    + value + "\"");
        }
    }

    private static String field(Path file, Map<String, String> fields, String label) {
        String value = fields.get(label.toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new IllegalArgumentException(file + ": no \"" + label + ":\" line (virsh domjobinfo --completed "
                    + "prints it for a QEMU migration)");
        }
        return value;
    }
}
