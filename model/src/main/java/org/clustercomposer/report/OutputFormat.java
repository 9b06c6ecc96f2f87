package org.clustercomposer.report;

import java.util.Arrays;
import java.util.Optional;

/** How results are written: a folder of CSV tables, or one JSON document. */
public enum OutputFormat {
    CSV, JSON;

    public static Optional<OutputFormat> fromName(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }
}
