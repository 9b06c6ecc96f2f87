package org.clustercomposer.views.properties;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** How a property is typed in and shown: parse with a clear message, print so it parses back. */
public enum ValueType {
    TEXT, INTEGER, NUMBER, FRACTION, QUANTITY, SSI_KIND, ID, ID_LIST,
    /** Hypervisor migration settings: each may be left unset (empty, or "default"), taking QEMU's default. */
    OPTIONAL_TEXT, OPTIONAL_INTEGER, OPTIONAL_QUANTITY, OPTIONAL_SWITCH, TRANSPORT,
    /** QEMU max-bandwidth: unset = default; 0 = uncapped (infinity), as in the file and on the command line. */
    BANDWIDTH_CAP;

    /** What an unset optional value shows as, and may be typed or picked as. */
    public static final String DEFAULT = "default";

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
            case OPTIONAL_TEXT -> unset(t) ? null : t;
            case OPTIONAL_INTEGER -> unset(t) ? null : INTEGER.parse(t, dimension);
            case OPTIONAL_QUANTITY -> unset(t) ? null : QUANTITY.parse(t, dimension);
            case BANDWIDTH_CAP -> {
                if (unset(t)) {
                    yield null;
                }
                double v = (Double) QUANTITY.parse(t, dimension);
                yield v == 0 ? Double.POSITIVE_INFINITY : v;
            }
            case OPTIONAL_SWITCH -> switch (t) {
                case "", DEFAULT -> null;
                case "on" -> Boolean.TRUE;
                case "off" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("expected on, off or default, got \"" + t + "\"");
            };
            case TRANSPORT -> {
                if (unset(t)) {
                    yield null;
                }
                yield Arrays.stream(HypervisorMigrationSettings.Transport.values()).filter(x -> x.name().equals(t))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("expected one of " + choices()
                                + ", got \"" + t + "\""));
            }
        };
    }

    /** Prints a value the way it is typed. */
    public String format(Object value, Dimension dimension) {
        if (value == null) {
            return this == OPTIONAL_SWITCH || this == TRANSPORT || this == BANDWIDTH_CAP
                    || this == OPTIONAL_QUANTITY || this == OPTIONAL_INTEGER ? DEFAULT : "";
        }
        return switch (this) {
            case QUANTITY, OPTIONAL_QUANTITY -> Quantities.format((Double) value, dimension);
            case BANDWIDTH_CAP -> Quantities.format(Double.isInfinite((Double) value) ? 0 : (Double) value, dimension);
            case OPTIONAL_SWITCH -> (Boolean) value ? "on" : "off";
            case NUMBER, FRACTION -> plain((Double) value);
            case SSI_KIND -> ((SsiKind) value).jsonName();
            case ID_LIST -> String.join(", ", ((List<?>) value).stream().map(Object::toString).toList());
            default -> value.toString();
        };
    }

    /** The allowed values, for a choice box; empty when free text. */
    public List<String> choices() {
        return switch (this) {
            case SSI_KIND -> Arrays.stream(SsiKind.values()).map(SsiKind::jsonName).toList();
            case OPTIONAL_SWITCH -> List.of(DEFAULT, "on", "off");
            case TRANSPORT -> Stream.concat(Stream.of(DEFAULT),
                    Arrays.stream(HypervisorMigrationSettings.Transport.values()).map(Enum::name)).toList();
            default -> List.of();
        };
    }

    private static boolean unset(String t) {
        return t.isEmpty() || t.equals(DEFAULT);
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
