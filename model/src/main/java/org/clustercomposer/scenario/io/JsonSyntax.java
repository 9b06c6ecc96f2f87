package org.clustercomposer.scenario.io;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clustercomposer.scenario.validation.Problem;

/** Parses a scenario file's JSON, turning every syntax error into a problem with line and column. */
final class JsonSyntax {

    private JsonSyntax() {
    }

    /** Maps the elements of a top-level list, and the entries of a top-level map, one at a time, as the parser reaches them. */
    interface ElementMapper {
        boolean isList(String field);

        boolean isMap(String field);

        /** The {@code index}th element of {@code list}. */
        void element(String list, int index, StreamedObject element);

        void entry(String map, String key, StreamedObject value);
    }

    /**
     * The top level of a file as a tree, less the lists and maps the mapper took as they streamed
     * by (none when the file is not a current-version scenario object: then everything is in the
     * tree, for migration).
     */
    static Optional<JsonNode> parse(ObjectMapper mapper, InputStream in, ElementMapper elements,
                                    List<Problem> problems) {
        try (JsonParser p = mapper.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(new Problem("", "the file is empty; expected a scenario (a JSON object)"));
                return Optional.empty();
            }
            JsonNode top = first == JsonToken.START_OBJECT ? topLevel(mapper, p, elements) : tree(mapper, p);
            if (p.nextToken() != null) {
                problems.add(new Problem("", where(p.currentTokenLocation())
                        + "unexpected text after the end of the scenario object"));
                return Optional.empty();
            }
            return Optional.of(top);
        } catch (JsonProcessingException e) {
            problems.add(new Problem("", where(e.getLocation()) + explain(e)));
        } catch (CharConversionException e) {
            problems.add(new Problem("", "not JSON text: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem("", "cannot read the file: " + IoMessages.describe(e)));
        }
        return Optional.empty();
    }

    // Lists and the layout after a current "format" and "version" are mapped as they stream by,
    // element by element and straight from the tokens, so a file of 100,000 VMs never sits in
    // memory as a JSON tree, nor builds one per element; anything else is kept as a tree.
    private static JsonNode topLevel(ObjectMapper mapper, JsonParser p, ElementMapper elements) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        StreamedObject value = new StreamedObject(mapper);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_ARRAY && elements.isList(field) && ScenarioFormat.isCurrent(root)) {
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    elements.element(field, i, value.read(p));
                }
            } else if (token == JsonToken.START_OBJECT && elements.isMap(field) && ScenarioFormat.isCurrent(root)) {
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    p.nextToken();
                    elements.entry(field, key, value.read(p));
                }
            } else {
                root.set(field, tree(mapper, p));
            }
        }
        return root;
    }

    private static JsonNode tree(ObjectMapper mapper, JsonParser p) throws IOException {
        JsonNode node = mapper.readTree(p);
        return node == null ? NullNode.getInstance() : node;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String explain(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = e.getOriginalMessage();
            if (m.contains("nesting depth")) {
                return "nested more than " + ScenarioFiles.MAX_NESTING_DEPTH
                        + " levels deep; a scenario file nests only a few levels";
            }
            if (m.contains("Token count")) {
                return "holds more than " + ScenarioFiles.MAX_TOKENS + " JSON values, far more than any scenario";
            }
            if (m.startsWith("String value length")) {
                return "holds a text value of more than " + StreamReadConstraints.DEFAULT_MAX_STRING_LEN
                        + " characters; names, ids and quantities are short";
            }
            if (m.startsWith("Number value length")) {
                return "holds a number of more than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";
            }
            return "too large: " + clean(m);
        }
        String m = clean(e.getOriginalMessage());
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (is it truncated?)";
        }
        if (m.startsWith("Non-standard token")) {
            return "not valid JSON: " + m + " (JSON has no NaN or Infinity: write a finite number)";
        }
        if (m.startsWith("Invalid UTF-8")) {
            return "not UTF-8 text (is it a binary file?): " + m;
        }
        return "not valid JSON: " + m;
    }

    // Jackson's messages mention its own sources and settings; users need only the first sentence.
    private static String clean(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        String m = message.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:.*", "")
                .replaceAll(",? from `StreamReadConstraints[^`]*`", "")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll(" *\\(?(?:or )?enable `[A-Za-z_.]*` to allow\\)?", "")
                .replaceAll(":$", "");
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
