package org.clustercomposer.scenario.io;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.Quote;

/**
 * The "format" and "version" header of a scenario file, and the migration of older versions to
 * the current one (done on the JSON tree, before mapping, so the mapper knows only version 2).
 */
final class ScenarioFormat {

    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "version";
    static final String FORMAT_NAME = "cluster-composer-scenario";
    static final int CURRENT_VERSION = 2;

    private ScenarioFormat() {
    }

    /** A tree in the current version, and how to turn its paths back into the file's own paths. */
    record Migrated(JsonNode root, UnaryOperator<String> originalPath) {
    }

    /**
     * Checks the header and migrates an older file. Empty (with problems recorded) when the file
     * cannot be read at all: not ours, or from a newer version.
     */
    static Optional<Migrated> migrate(JsonNode root, List<Problem> problems) {
        if (!root.isObject()) {
            return Optional.of(new Migrated(root, UnaryOperator.identity()));
        }
        JsonNode version = root.get(VERSION_FIELD);
        if (version == null) {
            problems.add(new Problem("/" + VERSION_FIELD, "missing; expected " + CURRENT_VERSION
                    + " (the version of the file format)"));
            return Optional.empty();
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            problems.add(new Problem("/" + VERSION_FIELD, "expected a file format version such as "
                    + CURRENT_VERSION + ", got " + FieldReader.describe(version)));
            return Optional.empty();
        }
        int v = version.intValue();
        if (v > CURRENT_VERSION) {
            problems.add(new Problem("/" + VERSION_FIELD, "this file is format version " + v
                    + ", but this Cluster Composer reads versions up to " + CURRENT_VERSION
                    + "; open it with a newer Cluster Composer"));
            return Optional.empty();
        }
        JsonNode format = root.get(FORMAT_FIELD);
        if (v >= 2 && format == null) {
            problems.add(new Problem("/" + FORMAT_FIELD, "missing; expected " + Quote.of(FORMAT_NAME)));
            return Optional.empty();
        }
        if (format != null && !(format.isTextual() && FORMAT_NAME.equals(format.textValue()))) {
            problems.add(new Problem("/" + FORMAT_FIELD, "this is not a Cluster Composer scenario: expected "
                    + Quote.of(FORMAT_NAME) + ", got " + FieldReader.describe(format)));
            return Optional.empty();
        }
        return Optional.of(v == 1 ? fromVersion1((ObjectNode) root) : new Migrated(root, UnaryOperator.identity()));
    }

    /** Whether a top level read so far says: our format, the current version (so no migration). */
    static boolean isCurrent(JsonNode root) {
        JsonNode format = root.get(FORMAT_FIELD);
        JsonNode version = root.get(VERSION_FIELD);
        return format != null && FORMAT_NAME.equals(format.textValue()) && version != null
                && version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == CURRENT_VERSION;
    }

    /** Version 1: VMs named their host in "host"; SSI domains were under "ssi". */
    private static Migrated fromVersion1(ObjectNode root) {
        ObjectNode copy = root.deepCopy();
        String ssiDomains = ElementKind.SSI_DOMAIN.listName();
        if (copy.has("ssi") && !copy.has(ssiDomains)) {
            copy.set(ssiDomains, copy.remove("ssi"));
        }
        JsonNode vms = copy.get(ElementKind.VM.listName());
        if (vms != null && vms.isArray()) {
            for (JsonNode vm : vms) {
                if (vm.isObject() && vm.has("host") && !vm.has("placedOn")) {
                    ((ObjectNode) vm).set("placedOn", ((ObjectNode) vm).remove("host"));
                }
            }
        }
        copy.put(FORMAT_FIELD, FORMAT_NAME);
        copy.put(VERSION_FIELD, CURRENT_VERSION);
        return new Migrated(copy, ScenarioFormat::version1Path);
    }

    // Problems are found in the migrated tree; name the field as the version-1 file spells it.
    private static String version1Path(String path) {
        String p = path.replaceFirst("^/" + ElementKind.SSI_DOMAIN.listName() + "(?=/|$)", "/ssi");
        return p.matches("/vms/\\d+/placedOn") ? p.substring(0, p.length() - "placedOn".length()) + "host" : p;
    }

    static String ssiKindNames() {
        return Arrays.stream(SsiKind.values()).map(k -> Quote.of(k.jsonName())).collect(Collectors.joining(", "));
    }
}
