package org.clustercomposer.scenario.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clustercomposer.scenario.validation.JsonPaths;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.Quote;
import org.clustercomposer.units.Dimension;

/**
 * Reads the fields of one JSON object, recording a problem (with its JSON pointer) for each field
 * of the wrong type instead of stopping. Every field asked for is "known"; {@link #finish()}
 * reports the others as unknown, so the list of fields is never written twice.
 */
public final class FieldReader {

    private static final int MAX_QUANTITY_CHARS = 64;
    private static final String UNKNOWN_FIELD = "unknown field ";

    private final Fields fields;
    // The JSON path is built only when asked (a problem, or a caller): from a parent reader or a
    // base path and a field name or an index. Most of the 100,000s of objects of a file have none.
    private String path;
    private final FieldReader pathParent;
    private final String pathBase;
    private final String pathName;
    private final int pathIndex;
    private final List<Problem> problems;
    private final ParsedQuantities quantities;
    // A handful of names per object: a list is cheaper than a hash set, and there are 100,000s of objects.
    private final List<String> known = new ArrayList<>(12);

    /** The fields of one JSON object: a tree's, or one element's read straight from the parser. */
    interface Fields {
        /** The value of a field, null when absent; a nested object is a JSON object node. */
        JsonNode get(String name);

        /** The fields of a nested object, null when the field is absent or not an object. */
        Fields object(String name);

        int size();

        /** The name of the {@code index}th field, in file order. */
        String name(int index);
    }

    /** The fields of an object in a JSON tree. */
    private static final class TreeFields implements Fields {
        private final ObjectNode node;
        private List<String> names;

        TreeFields(ObjectNode node) {
            this.node = node;
        }

        @Override
        public JsonNode get(String name) {
            return node.get(name);
        }

        @Override
        public Fields object(String name) {
            return node.get(name) instanceof ObjectNode child ? new TreeFields(child) : null;
        }

        @Override
        public int size() {
            return node.size();
        }

        @Override
        public String name(int index) {
            if (names == null) {
                names = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(names::add);
            }
            return names.get(index);
        }
    }

    private FieldReader(Fields fields, String path, List<Problem> problems, ParsedQuantities quantities) {
        this(fields, path, null, null, null, -1, problems, quantities);
    }

    private FieldReader(Fields fields, String path, FieldReader parent, String base, String name, int index,
                        List<Problem> problems, ParsedQuantities quantities) {
        this.fields = fields;
        this.path = path;
        this.pathParent = parent;
        this.pathBase = base;
        this.pathName = name;
        this.pathIndex = index;
        this.problems = problems;
        this.quantities = quantities;
    }

    /** A reader for {@code node}, or empty (and a problem recorded) when it is not an object. */
    public static Optional<FieldReader> of(JsonNode node, String path, List<Problem> problems, String what) {
        return of(node, path, problems, what, new ParsedQuantities());
    }

    /** The same, sharing the quantities parsed so far with the other readers of one file. */
    static Optional<FieldReader> of(JsonNode node, String path, List<Problem> problems, String what,
                                    ParsedQuantities quantities) {
        if (node instanceof ObjectNode object) {
            return Optional.of(new FieldReader(new TreeFields(object), path, problems, quantities));
        }
        return notAnObject(node, path, problems, what);
    }

    /**
     * A reader for a value read straight from the parser at {@code base}'s element {@code index}
     * (or, when {@code key} is not null, its field {@code key}), or empty (and a problem recorded)
     * when it is not an object.
     */
    static Optional<FieldReader> of(StreamedObject value, String base, String key, int index, List<Problem> problems,
                                    String what, ParsedQuantities quantities) {
        FieldReader reader = new FieldReader(value, null, null, base, key, index, problems, quantities);
        if (value.isObject()) {
            return Optional.of(reader);
        }
        return notAnObject(value.notAnObject(), reader.path(), problems, what);
    }

    private static Optional<FieldReader> notAnObject(JsonNode value, String path, List<Problem> problems, String what) {
        problems.add(new Problem(path, "expected " + what + " (a JSON object), got " + describe(value)));
        return Optional.empty();
    }

    public String path() {
        if (path == null) {
            String prefix = pathParent != null ? pathParent.path() : pathBase;
            path = pathName != null ? JsonPaths.field(prefix, pathName) : JsonPaths.index(prefix, pathIndex);
        }
        return path;
    }

    /** A required, non-empty text field such as an id. */
    public String text(String field) {
        JsonNode value = value(field, "a text");
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            wrongType(field, "a text", value);
            return "";
        }
        return value.textValue();
    }

    /** An optional text field; {@code fallback} when absent or null. */
    public String text(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    /** A required whole number that fits an int. */
    public int wholeNumber(String field) {
        JsonNode value = value(field, "a whole number");
        if (value == null) {
            return 0;
        }
        if (value.isNumber() && (value.isIntegralNumber() || isWhole(value.doubleValue()))
                && value.canConvertToInt()) {
            return value.intValue();
        }
        String expected = value.isNumber() && value.canConvertToExactIntegral() || value.isIntegralNumber()
                ? "a whole number no larger than " + Integer.MAX_VALUE : "a whole number";
        wrongType(field, expected, value);
        return 0;
    }

    public int wholeNumber(String field, int fallback) {
        return has(field) ? wholeNumber(field) : fallback;
    }

    /** A required plain number (fractions, coordinates). */
    public double number(String field) {
        JsonNode value = value(field, "a number");
        if (value == null) {
            return 0;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            wrongType(field, value.isNumber() ? "a finite number" : "a number", value);
            return 0;
        }
        return value.doubleValue();
    }

    public double number(String field, double fallback) {
        return has(field) ? number(field) : fallback;
    }

    /** A required quantity: a text with a unit ("16 GiB") or a bare number in SI base units. */
    public double quantity(String field, Dimension dimension) {
        JsonNode value = value(field, dimension.example());
        if (value == null) {
            return 0;
        }
        double result;
        if (value.isNumber()) {
            result = value.doubleValue();
        } else if (value.isTextual() && value.textValue().length() <= MAX_QUANTITY_CHARS) {
            try {
                result = quantities.parse(value.textValue(), dimension);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(JsonPaths.field(path(), field), quantityMessage(value, dimension, e)));
                return 0;
            }
        } else {
            wrongType(field, dimension.example(), value);
            return 0;
        }
        if (!Double.isFinite(result)) {
            problems.add(new Problem(JsonPaths.field(path(), field), "expected " + dimension.example()
                    + ", got " + describe(value) + ", which is too large for a number"));
            return 0;
        }
        return result;
    }

    public double quantity(String field, Dimension dimension, double fallback) {
        return has(field) ? quantity(field, dimension) : fallback;
    }

    /** An optional true/false field; null when absent. */
    public Boolean flag(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = fields.get(field);
        if (!value.isBoolean()) {
            wrongType(field, "true or false", value);
            return null;
        }
        return value.booleanValue();
    }

    /** An optional object field, read by the returned reader. */
    public Optional<FieldReader> object(String field, String what) {
        return has(field) ? child(field, what) : Optional.empty();
    }

    /**
     * Each field of this object read as an object, by {@code action} given its name (a map such as
     * the layout, where any name may be a key); a field that is not an object is a problem.
     */
    void forEachObject(String what, BiConsumer<String, FieldReader> action) {
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.name(i);
            child(name, what).ifPresent(child -> action.accept(name, child));
        }
    }

    private Optional<FieldReader> child(String field, String what) {
        Fields child = fields.object(field);
        if (child == null) {
            return notAnObject(fields.get(field), JsonPaths.field(path(), field), problems, what);
        }
        return Optional.of(new FieldReader(child, null, this, null, field, -1, problems, quantities));
    }

    /** A required array of texts (ids). */
    public List<String> texts(String field) {
        return texts(field, "id");
    }

    /** A required array of texts, each {@code what} ("id", "hint"). */
    public List<String> texts(String field, String what) {
        String expected = "an array of " + what + "s";
        JsonNode value = value(field, expected);
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            wrongType(field, expected, value);
            return result;
        }
        String arrayPath = JsonPaths.field(path(), field);
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isTextual()) {
                result.add(element.textValue());
            } else {
                problems.add(new Problem(JsonPaths.index(arrayPath, i), "expected " + (what.equals("id") ? "an id" : "a " + what)
                        + " (a text), got " + describe(element)));
            }
        }
        return result;
    }

    /** An optional array of objects, each read by {@code element} (given the node and its path). */
    public <T> List<T> array(String field, BiFunction<JsonNode, String, ? extends Optional<? extends T>> element) {
        know(field);
        JsonNode value = fields.get(field);
        List<T> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            wrongType(field, "an array", value);
            return result;
        }
        String arrayPath = JsonPaths.field(path(), field);
        for (int i = 0; i < value.size(); i++) {
            element.apply(value.get(i), JsonPaths.index(arrayPath, i)).ifPresent(result::add);
        }
        return result;
    }

    /** Whether the field is present and not null. Marks it known. */
    public boolean has(String field) {
        know(field);
        JsonNode value = fields.get(field);
        return value != null && !value.isNull();
    }

    /** Reports every field that was never asked for, suggesting the nearest known name. */
    public void finish() {
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.name(i);
            if (!known.contains(name)) {
                String suggestion = Suggestions.nearest(name, known)
                        .map(s -> "; did you mean " + Quote.of(s) + "?").orElse("");
                problems.add(new Problem(path(), UNKNOWN_FIELD + Quote.of(name) + suggestion));
            }
        }
    }

    /** Whether the problem is a field the format does not have (its value was not needed, so nothing is unread). */
    static boolean isUnknownField(Problem problem) {
        return problem.message().startsWith(UNKNOWN_FIELD);
    }

    private void know(String field) {
        if (!known.contains(field)) {
            known.add(field);
        }
    }

    private JsonNode value(String field, String expected) {
        know(field);
        JsonNode value = fields.get(field);
        if (value == null) {
            problems.add(new Problem(JsonPaths.field(path(), field), "missing; expected " + expected));
        }
        return value;
    }

    private void wrongType(String field, String expected, JsonNode value) {
        problems.add(new Problem(JsonPaths.field(path(), field), "expected " + expected + ", got " + describe(value)));
    }

    private static String quantityMessage(JsonNode value, Dimension dimension, IllegalArgumentException e) {
        String message = e.getMessage();
        // Quantities names unknown units; for text that is not a quantity at all, say what we want.
        return message != null && (message.startsWith("unknown unit") || message.startsWith("ambiguous unit")
                || message.endsWith("too large for a number")) ? message
                : "expected " + dimension.example() + ", got " + describe(value);
    }

    private static boolean isWhole(double v) {
        return Double.isFinite(v) && v == Math.rint(v);
    }

    /** A JSON value as a user would recognise it in a message: {@code true}, {@code "abc"}, {@code an array}. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return Quote.of(value.textValue());
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        String text = value.asText();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
