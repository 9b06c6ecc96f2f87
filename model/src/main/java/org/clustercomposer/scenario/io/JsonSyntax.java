package org.clustercomposer.scenario.io;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.clustercomposer.scenario.validation.Problem;

/** Parses JSON text into a tree, turning every syntax error into a problem with line and column. */
final class JsonSyntax {

    private JsonSyntax() {
    }

    static Optional<JsonNode> parse(ObjectMapper mapper, InputStream in, List<Problem> problems) {
        try {
            JsonNode root = mapper.readTree(in);
            if (root == null || root.isMissingNode()) {
                problems.add(new Problem("", "the file is empty; expected a scenario (a JSON object)"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.add(new Problem("", where(e.getLocation()) + explain(e)));
        } catch (CharConversionException e) {
            problems.add(new Problem("", "not JSON text: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem("", "cannot read the file: " + ScenarioFiles.ioReason(e)));
        }
        return Optional.empty();
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
            return "too large: " + clean(m);
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Trailing token")) {
            return "unexpected text after the end of the scenario object";
        }
        String m = clean(e.getOriginalMessage());
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (is it truncated?)" + m.substring("Unexpected end-of-input".length());
        }
        return m;
    }

    // Jackson's messages mention its own sources and settings; users need only the first sentence.
    private static String clean(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        String m = message.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:.*", "")
                .replaceAll(",? from `StreamReadConstraints[^`]*`", "")
                .replaceAll("\\s*\\(code \\d+\\)", "");
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
