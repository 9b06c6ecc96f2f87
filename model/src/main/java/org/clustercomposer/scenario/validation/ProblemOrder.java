package org.clustercomposer.scenario.validation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.clustercomposer.scenario.ElementKind;

/** Orders problems as their elements appear in a scenario file. */
public final class ProblemOrder {

    private static final List<String> SECTIONS = Stream.of(
            Stream.of("", "/format", "/version", "/name", "/description"),
            ElementKind.IN_FILE_ORDER.stream().map(k -> "/" + k.listName()),
            Stream.of("/layout")).flatMap(s -> s).toList();

    /** By section, then element index; stable, so one element's problems stay in the order found. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparingInt((Problem p) -> SECTIONS.indexOf(section(p.path())))
            .thenComparingInt(p -> elementIndex(p.path()));

    private ProblemOrder() {
    }

    private static String section(String path) {
        int slash = path.indexOf('/', 1);
        return slash < 0 ? path : path.substring(0, slash);
    }

    private static int elementIndex(String path) {
        String[] parts = path.split("/", 4);
        if (parts.length < 3) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
