package org.clustercomposer.scenario.io;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * The quantity texts one file read has parsed: a file of 100,000 VMs holds a few dozen distinct
 * ones ("4 GiB", "2.5 GHz"), so each is parsed once. Parsing is a pure function of the text, and a
 * text that does not parse is never kept (it throws each time, with its message).
 */
final class ParsedQuantities {

    /** Bounds the memory a file of all-different quantities takes. */
    private static final int MAX_TEXTS_PER_DIMENSION = 4096;

    private final Map<Dimension, Map<String, Double>> byDimension = new EnumMap<>(Dimension.class);

    double parse(String text, Dimension dimension) {
        Map<String, Double> parsed = byDimension.computeIfAbsent(dimension, d -> new HashMap<>());
        Double known = parsed.get(text);
        if (known != null) {
            return known;
        }
        double value = Quantities.parse(text, dimension);
        if (parsed.size() < MAX_TEXTS_PER_DIMENSION) {
            parsed.put(text, value);
        }
        return value;
    }
}
