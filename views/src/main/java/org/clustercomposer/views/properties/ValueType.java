package org.clustercomposer.views.properties;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** How a property is typed in and shown: parse with a clear message, print so it parses back. */
public enum ValueType {
    TEXT, INTEGER, NUMBER, FRACTION, QUANTITY, SSI_KIND, ID, ID_LIST;

    /** Parses typed text into the record component's value. */
    public Object parse(String text, Dimension dimension) {
        String t = text == null ? "" : text.strip();
        return switch (this) {
            case TEXT -> t;
            case ID -> t.isEmpty() ? null : t;
            case INTEGER -> {
                try {
                    yield Integer.parseInt(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a whole number, got \"" + t + "\"");
                }
            }
            case NUMBER -> number(t, "expected a number such as 4.5");
            case FRACTION -> {
                double v = number(t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t,
                        "expected a fraction between 0 and 1 (or a percentage such as 30 %)");
                double f = t.endsWith("%") ? v / 100 : v;
                if (f < 0 || f > 1) {
                    throw new IllegalArgumentException("expected a fraction between 0 and 1 or a percentage between 0 % "
                            + "and 100 %, got \"" + t + "\"");
                }
                yield f;
            }
            case QUANTITY -> {
                double v = Quantities.parse(t, dimension);
                if (v < 0) {
                    throw new IllegalArgumentException("must not be negative, got \"" + t + "\"");
                }
                yield v;
            }
            case SSI_KIND -> SsiKind.fromJsonName(t).orElseThrow(() -> new IllegalArgumentException(
                    "expected one of " + choices() + ", got \"" + t + "\""));
            case ID_LIST -> t.isEmpty() ? List.of()
                    : Arrays.stream(t.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        };
    }

    /** Prints a value the way it is typed. */
    public String format(Object value, Dimension dimension) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case QUANTITY -> Quantities.format((Double) value, dimension);
            case NUMBER, FRACTION -> plain((Double) value);
            case SSI_KIND -> ((SsiKind) value).jsonName();
            case ID_LIST -> String.join(", ", ((List<?>) value).stream().map(Object::toString).toList());
            default -> value.toString();
        };
    }

    /** The allowed values, for a choice box; empty when free text. */
    public List<String> choices() {
        return this == SSI_KIND ? Arrays.stream(SsiKind.values()).map(SsiKind::jsonName).toList() : List.of();
    }

    private static double number(String t, String expected) {
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expected + ", got \"" + t + "\"");
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.1f", v) : Double.toString(v);
    }
}
