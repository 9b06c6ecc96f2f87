package org.clustercomposer.scenario.io;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * Pretty-prints the top two levels one entry per line and everything deeper on one line, so each
 * host, VM or link is one line: files stay readable, diff well and stay small at 100,000 VMs.
 */
final class BlockPrettyPrinter implements PrettyPrinter {

    private static final int BLOCK_DEPTH = 2;

    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLineIfBlock(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        separate(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        beforeObjectEntries(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        writeObjectEntrySeparator(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, values, ']');
    }

    private void open(JsonGenerator g, char bracket) throws IOException {
        g.writeRaw(bracket);
        depth++;
    }

    private void separate(JsonGenerator g) throws IOException {
        if (depth <= BLOCK_DEPTH) {
            newLine(g, depth);
        } else {
            g.writeRaw(' ');
        }
    }

    private void newLineIfBlock(JsonGenerator g) throws IOException {
        if (depth <= BLOCK_DEPTH) {
            newLine(g, depth);
        }
    }

    private void close(JsonGenerator g, int entries, char bracket) throws IOException {
        depth--;
        if (depth < BLOCK_DEPTH && entries > 0) {
            newLine(g, depth);
        }
        g.writeRaw(bracket);
    }

    private static void newLine(JsonGenerator g, int indent) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < indent; i++) {
            g.writeRaw("  ");
        }
    }
}
