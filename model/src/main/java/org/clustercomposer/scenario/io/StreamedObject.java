package org.clustercomposer.scenario.io;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One JSON value read straight from the parser for {@link FieldReader}: an object's fields in
 * flat arrays (its nested objects likewise), reused from one list element to the next, so a file
 * of 100,000 VMs builds no tree per element. Each scalar is the node Jackson's tree would hold
 * (the same node classes, made the same way), so every message reads as it did from the tree.
 * A value that is not an object, and every array, is read as a tree: rare in elements.
 */
final class StreamedObject implements FieldReader.Fields {

    /** Stands for a nested object among the values: a JSON object to every type check and message. */
    private static final JsonNode NESTED_OBJECT = JsonNodeFactory.instance.objectNode();

    private final ObjectMapper mapper;
    private String[] names = new String[16];
    private JsonNode[] values = new JsonNode[16];
    private StreamedObject[] nested = new StreamedObject[16];
    private int size;
    private JsonNode notAnObject;

    StreamedObject(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads the value at the parser's current token, up to and including its last token. */
    StreamedObject read(JsonParser p) throws IOException {
        size = 0;
        notAnObject = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            JsonNode tree = mapper.readTree(p);
            notAnObject = tree == null ? JsonNodeFactory.instance.nullNode() : tree;
            return this;
        }
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            add(name, p);
        }
        return this;
    }

    /** Whether the value read is an object (else {@link #notAnObject()} is the value). */
    boolean isObject() {
        return notAnObject == null;
    }

    JsonNode notAnObject() {
        return notAnObject;
    }

    private void add(String name, JsonParser p) throws IOException {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
            nested = Arrays.copyOf(nested, size * 2);
        }
        names[size] = name;
        JsonToken token = p.nextToken();
        if (token == JsonToken.START_OBJECT) {
            if (nested[size] == null) {
                nested[size] = new StreamedObject(mapper);
            }
            nested[size].read(p);
            values[size] = NESTED_OBJECT;
        } else {
            values[size] = scalar(token, p);
        }
        size++;
    }

    // What Jackson's tree deserializer makes of the token (BaseNodeDeserializer: _fromInt, _fromFloat);
    // for anything less common the tree deserializer itself reads the value.
    private JsonNode scalar(JsonToken token, JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    return nodes.numberNode(p.getIntValue());
                }
                break;
            case VALUE_NUMBER_FLOAT:
                if (p.getNumberTypeFP() == JsonParser.NumberTypeFP.UNKNOWN) {
                    return nodes.numberNode(p.getDoubleValue());
                }
                break;
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                break;
        }
        return mapper.readTree(p);
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            // The parser interns field names, so the identity test nearly always decides.
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public JsonNode get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public FieldReader.Fields object(String name) {
        int i = indexOf(name);
        return i >= 0 && values[i] == NESTED_OBJECT ? nested[i] : null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String name(int index) {
        return names[index];
    }
}
