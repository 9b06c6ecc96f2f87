package org.clustercomposer.scenario.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * Range checks that add a problem, worded for a user, with values printed as the file holds them.
 * Values the file reader could not read ("unread" JSON paths) hold placeholders: no problem is
 * added at the field of an unread value (the reader already reported it), and rules that compare
 * one value with another ask {@link #known} first, so no problem is derived from a placeholder.
 */
final class Checks {

    private final List<Problem> problems;
    /** The field (first three path segments: /vms/3/workload) of every unread value. */
    private final Set<String> unreadFields = new HashSet<>();
    /** Every unread path and every path above one: a value there is not (wholly) known. */
    private final Set<String> unknown = new HashSet<>();
    private boolean idsComplete = true;

    Checks(List<Problem> problems, Set<String> unread) {
        this.problems = problems;
        for (String path : unread) {
            unreadFields.add(field(path));
            for (String p = path; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
                unknown.add(p);
            }
            idsComplete &= !path.matches("/[^/]+/\\d+/id");
        }
    }

    void add(String path, String message) {
        if (unreadFields.isEmpty() || !unreadFields.contains(field(path))) {
            problems.add(new Problem(path, message));
        }
    }

    /** Whether the value at {@code path} was read from the file (not a placeholder for an unread one). */
    boolean known(String path) {
        return unknown.isEmpty() || !unknown.contains(path);
    }

    /** Whether the reader could read every value (always so for a scenario that was not read from a file). */
    boolean everythingRead() {
        return unknown.isEmpty();
    }

    /** Whether the value at a field of the element {@code ref} was read; its path is built only when some value was not. */
    boolean known(Index.Ref ref, String field) {
        return everythingRead() || known(ref.path() + "/" + field);
    }

    /** Whether every element's id was read: if not, an id that names nothing may name that element. */
    boolean idsComplete() {
        return idsComplete;
    }

    private static String field(String path) {
        int end = 0;
        for (int segment = 0; segment < 3 && end >= 0; segment++) {
            end = path.indexOf('/', end + 1);
        }
        return end < 0 ? path : path.substring(0, end);
    }

    /** A problem at a field of an element: the path is only built when there is a problem. */
    void add(String element, String field, String message) {
        add(element + "/" + field, message);
    }

    /** Greater than zero and at most {@code max}. */
    void positive(String element, String field, double value, Dimension dimension, double max) {
        if (finite(element, field, value) && value <= 0) {
            add(element, field, "must be positive, got " + show(value, dimension));
        } else {
            atMost(element, field, value, dimension, max);
        }
    }

    /** Zero or more and at most {@code max}. */
    void nonNegative(String element, String field, double value, Dimension dimension, double max) {
        if (finite(element, field, value) && value < 0) {
            add(element, field, "must not be negative, got " + show(value, dimension));
        } else {
            atMost(element, field, value, dimension, max);
        }
    }

    /** A fraction: 0 to 1, or below 1 when all of something cannot be overhead. */
    void fraction(String element, String field, double value, boolean oneAllowed) {
        if (!finite(element, field, value)) {
            return;
        }
        if (value < 0 || value > 1 || value == 1 && !oneAllowed) {
            add(element, field, "must be between 0 and " + (oneAllowed ? "1" : "1 (excluded)") + ", got " + plain(value));
        }
    }

    /** A whole count between {@code min} and {@code max}. */
    void count(String element, String field, int value, int min, int max) {
        if (value < min) {
            add(element, field, "must be at least " + min + ", got " + value);
        } else if (value > max) {
            add(element, field, "must be at most " + max + ", got " + value + " (is that a typo?)");
        }
    }

    /** A plain number (not a quantity) zero or more. */
    void nonNegative(String element, String field, double value) {
        if (finite(element, field, value) && value < 0) {
            add(element, field, "must not be negative, got " + plain(value));
        }
    }

    /** An id or kind that must not be empty. */
    void notBlank(String element, String field, String value) {
        if (value == null || value.isBlank()) {
            add(element, field, "must not be empty");
        }
    }

    boolean finite(String element, String field, double value) {
        if (!Double.isFinite(value)) {
            add(element, field, "must be a finite number, got " + value);
            return false;
        }
        return true;
    }

    private void atMost(String element, String field, double value, Dimension dimension, double max) {
        if (Double.isFinite(value) && value > max) {
            add(element, field, "must be at most " + show(max, dimension) + ", got " + show(value, dimension)
                    + " (is the unit right?)");
        }
    }

    /** A quantity as a file holds it, quoted: {@code "-4 GiB"}. */
    static String show(double value, Dimension dimension) {
        return Quote.of(Quantities.format(value, dimension));
    }

    static String plain(double value) {
        String s = Double.toString(value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
