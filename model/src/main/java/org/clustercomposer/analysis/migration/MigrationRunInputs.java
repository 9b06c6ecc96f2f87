package org.clustercomposer.analysis.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.io.FieldReader;
import org.clustercomposer.scenario.validation.JsonPaths;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.Quote;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.topology.HypervisorMigrationSettings.Transport;
import org.clustercomposer.units.Dimension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The inputs file beside a measured run (docs/calibration-runs.md): what the user knew before migrating, never
 * what the run itself counted. Fields:
 * <pre>{"memory": "1 GiB", "nonZeroMemory": "512 MiB", "workingSet": "256 MiB", "dirtyRate": "124 MiB/s",
 *  "dirtyRateCalcTime": "1 s", "bandwidth": "10 Gbit/s",
 *  "migration": {"maxBandwidth": "128 MiB/s", "downtimeLimit": "300 ms", "multifd": 2, "autoConverge": true,
 *                "xbzrleCache": "64 MiB", "transport": "tcp", "postcopyAfterPasses": 1, "deviceState": "0 B"}}</pre>
 * Only {@code memory} is required. {@code dirtyRate} is what QEMU's calc-dirty-rate (or virsh
 * domdirtyrate-calc) reports: distinct pages dirtied over {@code dirtyRateCalcTime}; with a working set it is turned
 * into the page-write rate the model needs, for writes spread over the working set (decision 0210).
 */
public final class MigrationRunInputs {

    /** The run's request and hypervisor settings. */
    public record Inputs(MigrationRequest request, HypervisorMigrationSettings settings) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationRunInputs() {
    }

    /** The inputs file of a run: its name with the last extension replaced by {@code .inputs.json}. */
    public static Path besideRun(Path run) {
        String name = run.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return run.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".inputs.json");
    }

    /** Whether the file is an inputs file (so a glob of run files that caught it can leave it out). */
    public static boolean isInputsFile(Path file) {
        return file.getFileName().toString().endsWith(".inputs.json");
    }

    /**
     * Reads an inputs file. {@code defaultCap} is the max-bandwidth the tool that ran the migration sets when the file
     * leaves it out (QEMU: 128 MiB/s; libvirt lifts the cap). Every problem is one line naming the file and the JSON
     * path, in the {@link IllegalArgumentException}'s message.
     */
    public static Inputs read(Path file, double defaultCap) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        List<Problem> problems = new ArrayList<>();
        Inputs inputs = FieldReader.of(root, "", problems, "the inputs of a migration run")
                .map(r -> inputs(r, problems, defaultCap)).orElse(null);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(System.lineSeparator(),
                    problems.stream().map(p -> file + ": " + p.describe()).toList()));
        }
        return inputs;
    }

    private static Inputs inputs(FieldReader r, List<Problem> problems, double defaultCap) {
        double memory = r.quantity("memory", Dimension.SIZE);
        double nonZero = r.quantity("nonZeroMemory", Dimension.SIZE, memory);
        double workingSet = r.quantity("workingSet", Dimension.SIZE, 0);
        double distinct = r.quantity("dirtyRate", Dimension.DATA_RATE, 0);
        double calcTime = r.quantity("dirtyRateCalcTime", Dimension.DURATION, 1);
        double bandwidth = r.quantity("bandwidth", Dimension.BANDWIDTH, Double.POSITIVE_INFINITY);
        HypervisorMigrationSettings settings = r.object("migration", "migration settings")
                .map(m -> settings(m, problems, defaultCap))
                .orElse(new HypervisorMigrationSettings(defaultCap, null, null, null, null, null, null, null));
        r.finish();
        if (!problems.isEmpty()) {
            return null; // a value of the wrong type: its range checks would repeat the problem
        }
        positive(problems, "/memory", memory);
        positive(problems, "/dirtyRateCalcTime", calcTime);
        positive(problems, "/bandwidth", bandwidth);
        if (nonZero > memory || nonZero < 0) {
            problems.add(new Problem("/nonZeroMemory", "must be between 0 and memory, got " + nonZero + " B"));
        }
        if (workingSet > memory || workingSet < 0) {
            problems.add(new Problem("/workingSet", "must be between 0 and memory, got " + workingSet + " B"));
        }
        if (distinct < 0) {
            problems.add(new Problem("/dirtyRate", "must be zero or more"));
        }
        if (workingSet > 0 && distinct * calcTime >= workingSet) {
            problems.add(new Problem("/dirtyRate", "dirties the whole working set within dirtyRateCalcTime: the "
                    + "write rate behind it cannot be told; measure over a shorter time or give a larger working set"));
        }
        String settingsProblem = settings.firstProblem();
        if (settingsProblem != null) {
            problems.add(new Problem("/migration", settingsProblem));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        double writeRate = MeasuredMigrations.writeRate(distinct, workingSet, calcTime);
        return new Inputs(new MigrationRequest(memory, writeRate, workingSet, bandwidth,
                settings.downtimeLimitOrDefault(), MigrationRequest.DEFAULT_MAX_ROUNDS, 0, true, nonZero), settings);
    }

    // The scenario's hypervisor migration fields (docs/file-format.md), plus what only a run has.
    private static HypervisorMigrationSettings settings(FieldReader r, List<Problem> problems, double defaultCap) {
        double cap = r.quantity("maxBandwidth", Dimension.DATA_RATE, defaultCap);
        Double downtimeLimit = r.has("downtimeLimit") ? r.quantity("downtimeLimit", Dimension.DURATION) : null;
        Integer multifd = r.has("multifd") ? r.wholeNumber("multifd") : null;
        Boolean autoConverge = r.flag("autoConverge");
        Double xbzrle = r.has("xbzrleCache") ? r.quantity("xbzrleCache", Dimension.SIZE) : null;
        Double deviceState = r.has("deviceState") ? r.quantity("deviceState", Dimension.SIZE) : null;
        Integer postcopy = r.has("postcopyAfterPasses") ? r.wholeNumber("postcopyAfterPasses") : null;
        Transport transport = transport(r, problems);
        r.finish();
        return new HypervisorMigrationSettings(cap == 0 ? Double.POSITIVE_INFINITY : cap, downtimeLimit, multifd,
                autoConverge, xbzrle, deviceState, transport, postcopy);
    }

    private static Transport transport(FieldReader r, List<Problem> problems) {
        String name = r.text("transport", null);
        if (name == null) {
            return null;
        }
        for (Transport t : Transport.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        problems.add(new Problem(JsonPaths.field(r.path(), "transport"), "unknown transport " + Quote.of(name)
                + "; expected \"tcp\", \"tls\", \"ssh\" or \"rdma\""));
        return null;
    }

    private static void positive(List<Problem> problems, String path, double value) {
        if (!(value > 0)) {
            problems.add(new Problem(path, "must be positive"));
        }
    }
}
