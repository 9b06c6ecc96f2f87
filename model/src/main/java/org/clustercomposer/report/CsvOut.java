package org.clustercomposer.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file written as bytes into one buffer: a day of 10,000 hosts is 3 million lines, and a
 * {@code Writer} encoding a {@code String} per line cost more than the simulation. Numbers are
 * written exactly as {@link Float#toString} and {@link Double#toString} write them; a
 * {@link FloatColumn} remembers the text of the values it wrote recently, since most series repeat
 * their values (memory, traffic, link loads).
 */
final class CsvOut implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int used;
    // Reused to format numbers without a String per number.
    private final StringBuilder digits = new StringBuilder(32);

    CsvOut(OutputStream out) {
        this.out = out;
    }

    /** The bytes of a CSV field holding {@code text} (quoted when it needs to be), in UTF-8. */
    static byte[] field(String text) {
        return ResultWriter.csv(text).getBytes(StandardCharsets.UTF_8);
    }

    /** The text of {@code value} as {@link Double#toString} writes it, as bytes. */
    byte[] text(double value) {
        digits.setLength(0);
        digits.append(value);
        return ascii(digits);
    }

    CsvOut write(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            flush();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
        return this;
    }

    CsvOut write(char c) throws IOException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
        return this;
    }

    void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    private static byte[] ascii(CharSequence text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    /**
     * The text of one column's floats, remembered by bit pattern in a small direct-mapped table:
     * equal bits give equal text, so a hit is exact, and a miss formats with {@link Float#toString}.
     */
    static final class FloatColumn {
        private static final int SLOTS = 1 << 12;

        private final int[] bits = new int[SLOTS];
        private final byte[][] texts = new byte[SLOTS][];

        byte[] text(float value, CsvOut csv) {
            int key = Float.floatToRawIntBits(value);
            int slot = (key * 0x9E3779B9) >>> (32 - 12);
            byte[] text = texts[slot];
            if (text != null && bits[slot] == key) {
                return text;
            }
            csv.digits.setLength(0);
            csv.digits.append(value);
            text = ascii(csv.digits);
            bits[slot] = key;
            texts[slot] = text;
            return text;
        }
    }
}
