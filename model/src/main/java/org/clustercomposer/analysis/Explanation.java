package org.clustercomposer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * Where a predicted number comes from: the model that computed it, the formula as text and the
 * named inputs. Inputs keep their raw value and dimension and are printed (via {@link Quantities})
 * only when a person asks, so building explanations for 100,000 elements stays cheap.
 *
 * @param model   the model's name, e.g. "pre-copy live migration"
 * @param formula the formula as a person reads it, e.g. "cpu = demand / capacity"
 * @param inputs  the named values the formula used, in the order they appear
 * @param notes   free remarks (why a stop condition fired, what was assumed)
 */
public record Explanation(String model, String formula, List<Input> inputs, List<String> notes) {

    public Explanation {
        inputs = List.copyOf(inputs);
        notes = List.copyOf(notes);
    }

    public Explanation(String model, String formula, List<Input> inputs) {
        this(model, formula, inputs, List.of());
    }

    /** A named input value. {@code dimension} is null for plain numbers and fractions. */
    public record Input(String name, double value, Dimension dimension, Kind kind) {

        /** How a dimensionless input prints. */
        public enum Kind { QUANTITY, FRACTION, COUNT, NUMBER }

        public static Input of(String name, double value, Dimension dimension) {
            return new Input(name, value, dimension, Kind.QUANTITY);
        }

        public static Input fraction(String name, double value) {
            return new Input(name, value, null, Kind.FRACTION);
        }

        public static Input count(String name, double value) {
            return new Input(name, value, null, Kind.COUNT);
        }

        public static Input number(String name, double value) {
            return new Input(name, value, null, Kind.NUMBER);
        }

        /** The value as a person reads it: "16 GiB", "42 %", "8". */
        public String display() {
            return switch (kind) {
                case QUANTITY -> Quantities.display(value, dimension);
                case FRACTION -> Double.isFinite(value)
                        ? String.format(Locale.ROOT, "%.1f %%", value * 100) : Double.toString(value);
                case COUNT -> Double.isFinite(value) ? Long.toString(Math.round(value)) : Double.toString(value);
                case NUMBER -> String.format(Locale.ROOT, "%.4g", value);
            };
        }
    }

    public Explanation withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Explanation(model, formula, inputs, more);
    }

    /** One line: "model: formula; a = 1 GiB, b = 2 s (note)". */
    public String text() {
        String values = inputs.stream().map(i -> i.name() + " = " + i.display()).collect(Collectors.joining(", "));
        String remarks = notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
        return model + ": " + formula + (values.isEmpty() ? "" : "; " + values) + remarks;
    }

    @Override
    public String toString() {
        return text();
    }
}
