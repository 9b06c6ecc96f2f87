package org.clustercomposer.bench.migrationlab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One run's cells, by column; written as one CSV line in {@link Column} order, empty where nothing was measured. */
final class RunRow {

    private final Map<Column, String> cells = new EnumMap<>(Column.class);

    RunRow put(Column column, Object value) {
        cells.put(column, format(value));
        return this;
    }

    String get(Column column) {
        return cells.getOrDefault(column, "");
    }

    static String format(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        String text = String.valueOf(value);
        return text.replace(',', ';').replace('\n', ' ').replace('\r', ' ');
    }

    String csvLine() {
        return Stream.of(Column.values()).map(this::get).collect(Collectors.joining(","));
    }

    static String csvHeader() {
        return Stream.of(Column.values()).map(Column::header).collect(Collectors.joining(","));
    }

    /** Starts a CSV file: its {@code #} comment lines, then the header line. */
    static void startFile(Path file, List<String> comments) throws IOException {
        StringBuilder text = new StringBuilder();
        comments.forEach(c -> text.append("# ").append(c).append('\n'));
        text.append(csvHeader()).append('\n');
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Appends this row to a file started by {@link #startFile}; each run is on disk as soon as it ends. */
    void appendTo(Path file) throws IOException {
        Files.writeString(file, csvLine() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
