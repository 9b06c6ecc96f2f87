package org.clustercomposer.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One value in a scenario file, addressed like a JSON pointer ({@code /hosts/0/memory}) where a
 * step into a list may also name an element by its id ({@code /vms/vm3/workload/dirtyRate}): the
 * paths problems are reported with. The value must already be in the file and be a single value
 * (not an object or a list), so a misspelt path is refused rather than added as a new field.
 */
record ScenarioPointer(String text, List<String> steps) {

    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** Thrown with a message that names the path and the step that does not resolve. */
    static final class BadPath extends Exception {
        BadPath(String message) {
            super(message);
        }
    }

    static ScenarioPointer parse(String text) throws BadPath {
        if (!text.startsWith("/") || text.length() < 2) {
            throw new BadPath(text + ": a path starts with / and names a value, e.g. /vms/vm3/workload/dirtyRate");
        }
        List<String> steps = new ArrayList<>();
        for (String raw : text.substring(1).split("/", -1)) {
            if (raw.isEmpty()) {
                throw new BadPath(text + ": empty step (two slashes, or a slash at the end)");
            }
            steps.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new ScenarioPointer(text, List.copyOf(steps));
    }

    /** The value the path names in {@code root}; fails naming the first step that does not resolve. */
    JsonNode resolve(JsonNode root) throws BadPath {
        JsonNode node = root;
        StringBuilder at = new StringBuilder();
        for (String step : steps) {
            JsonNode next = child(node, step);
            if (next == null) {
                throw new BadPath(text + ": " + (at.length() == 0 ? "the file" : at) + " has no " + describe(node, step));
            }
            at.append('/').append(step);
            node = next;
        }
        if (node.isContainerNode()) {
            throw new BadPath(text + ": is " + (node.isArray() ? "a list" : "an object")
                    + ", not a single value: add the field to vary (e.g. " + text + "/" + firstField(node) + ")");
        }
        return node;
    }

    /** Sets the value the path names: a number where the file has one and the text is a plain number, else as text. */
    void set(JsonNode root, String value) throws BadPath {
        JsonNode old = resolve(root);
        JsonNode parent = root;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = child(parent, step);
        }
        JsonNode replacement = replacement(old, value);
        String last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, replacement);
        } else {
            ArrayNode array = (ArrayNode) parent;
            array.set(indexIn(array, last), replacement);
        }
    }

    private static JsonNode replacement(JsonNode old, String value) {
        if (old.isNumber()) {
            try {
                return value.matches("-?[0-9]+") ? LongNode.valueOf(Long.parseLong(value))
                        : DoubleNode.valueOf(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                return TextNode.valueOf(value); // "16 GiB" where the file had 16: the reader says what it wants
            }
        }
        if (old.isBoolean() && (value.equals("true") || value.equals("false"))) {
            return BooleanNode.valueOf(Boolean.parseBoolean(value));
        }
        return TextNode.valueOf(value);
    }

    private static JsonNode child(JsonNode node, String step) {
        if (node instanceof ObjectNode) {
            return node.get(step);
        }
        if (node instanceof ArrayNode array) {
            int i = indexIn(array, step);
            return i < 0 ? null : array.get(i);
        }
        return null;
    }

    /** A list element by position or by its "id". */
    private static int indexIn(ArrayNode array, String step) {
        if (INDEX.matcher(step).matches()) {
            int i = Integer.parseInt(step);
            return i < array.size() ? i : -1;
        }
        for (int i = 0; i < array.size(); i++) {
            if (step.equals(array.get(i).path("id").asText(null))) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(JsonNode node, String step) {
        if (node instanceof ArrayNode array) {
            List<String> ids = new ArrayList<>();
            array.forEach(e -> {
                if (e.hasNonNull("id") && ids.size() < 6) {
                    ids.add(e.get("id").asText());
                }
            });
            return "element \"" + step + "\" (" + array.size() + " elements" + (ids.isEmpty() ? ""
                    : "; ids " + String.join(", ", ids) + (array.size() > ids.size() ? ", ..." : "")) + ")";
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            return "field \"" + step + "\" (it has " + String.join(", ", names) + ")";
        }
        return "\"" + step + "\": it is a single value";
    }

    private static String firstField(JsonNode node) {
        if (node.isArray()) {
            return node.isEmpty() ? "0" : node.get(0).hasNonNull("id") ? node.get(0).get("id").asText() : "0";
        }
        return node.fieldNames().hasNext() ? node.fieldNames().next() : "field";
    }
}
