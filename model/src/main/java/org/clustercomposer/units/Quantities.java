package org.clustercomposer.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * Parses and prints quantities with units: "16 GiB", "10 Gbit/s", "2.4 GHz", "300 ms", "50 MiB/s".
 * Printing is exact: {@code parse(format(x)) == x} for every finite x, so saved files round-trip.
 */
public final class Quantities {

    private Quantities() {
    }

    /**
     * Parses text such as "16 GiB" into SI base units. A bare number is taken as the base unit
     * (bytes, bytes/s, Hz, s, W).
     *
     * @throws IllegalArgumentException with a message a person understands
     */
    public static double parse(String text, Dimension dimension) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expected " + dimension.example() + ", got an empty value");
        }
        // A hand-written scanner for \s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*[A-Za-zµ/]*\s*:
        // a regex matcher per quantity was a tenth of the time to read a large file.
        int end = text.length();
        int i = skipSpace(text, 0);
        int start = i;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digitsStart = i;
        i = skipDigits(text, i);
        boolean hasDigits = i > digitsStart;
        if (i < end && text.charAt(i) == '.') {
            int fraction = ++i;
            i = skipDigits(text, i);
            hasDigits |= i > fraction;
        }
        if (hasDigits && i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < end && (text.charAt(exponent) == '-' || text.charAt(exponent) == '+')) {
                exponent++;
            }
            int afterExponent = skipDigits(text, exponent);
            if (afterExponent > exponent) {
                i = afterExponent;
            }
        }
        String literal = text.substring(start, i);
        int symbolStart = skipSpace(text, i);
        int symbolEnd = symbolStart;
        while (symbolEnd < end && isUnitChar(text.charAt(symbolEnd))) {
            symbolEnd++;
        }
        if (!hasDigits || skipSpace(text, symbolEnd) != end) {
            throw new IllegalArgumentException("expected " + dimension.example() + ", got \"" + text + "\"");
        }
        double number = Double.parseDouble(literal);
        String symbol = text.substring(symbolStart, symbolEnd);
        if (Double.isInfinite(number)) {
            throw tooLarge(text, dimension);
        }
        if (symbol.isEmpty()) {
            return number;
        }
        double value = scale(literal, number, unitOf(symbol, text, dimension).factor());
        if (Double.isInfinite(value)) {
            throw tooLarge(text, dimension);
        }
        return value;
    }

    private static IllegalArgumentException tooLarge(String text, Dimension dimension) {
        return new IllegalArgumentException("expected " + dimension.example() + ", got \"" + text.strip()
                + "\", which is too large for a number");
    }

    /**
     * Like {@link #parse} but refuses a bare number other than 0: on a command line "1000" is more
     * likely a forgotten unit than 1000 bytes per second.
     */
    public static double parseWithUnit(String text, Dimension dimension) {
        double value = parse(text, dimension);
        String stripped = text.strip();
        boolean bare = !stripped.isEmpty() && isUnitless(stripped);
        if (bare && value != 0) {
            throw new IllegalArgumentException("\"" + stripped + "\" has no unit: write " + dimension.example()
                    .replaceFirst("^an? [a-z ]+such as ", "").replace("\"", "") + " (on the command line a number alone is not read as "
                    + unitOfOne(dimension).symbol() + ")");
        }
        return value;
    }

    private static boolean isUnitless(String text) {
        char last = text.charAt(text.length() - 1);
        return last >= '0' && last <= '9' || last == '.';
    }

    /**
     * The unit a symbol names. Exact spellings first; other letter cases only where the case
     * cannot change the meaning (see docs/file-format.md): "gbit/s", "GIB", "mhz", "Minutes", never
     * "gb/s" (gigabits or gigabytes?) or "mb" (megabytes or millibits?).
     */
    static Dimension.Unit unitOf(String symbol, String text, Dimension dimension) {
        for (Dimension.Unit unit : dimension.units()) {
            if (unit.symbol().equals(symbol)) {
                return unit;
            }
        }
        List<Dimension.Unit> sameLetters = dimension.units().stream()
                .filter(u -> u.symbol().equalsIgnoreCase(symbol)).toList();
        if (!sameLetters.isEmpty() && sameLetters.stream().allMatch(Quantities::caseFree)) {
            return sameLetters.get(0);
        }
        String readings = readings(symbol, dimension);
        if (readings != null) {
            throw new IllegalArgumentException("ambiguous unit \"" + symbol + "\" in \"" + text.strip() + "\": "
                    + readings);
        }
        throw new IllegalArgumentException("unknown unit \"" + symbol + "\" in \"" + text.strip() + "\": expected "
                + dimension.example());
    }

    // Case changes nothing when bits or bytes are spelled out, for hertz, for binary prefixes
    // (KiB, GiB: always bytes) and for words (min, seconds).
    private static boolean caseFree(Dimension.Unit unit) {
        String s = unit.symbol();
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("bit") || lower.contains("byte") || lower.contains("hz") || s.contains("iB")
                || s.length() >= 3 && s.equals(lower) && s.chars().allMatch(Character::isLetter);
    }

    // The two readings of a spelling whose letter case decides its meaning; null for an unknown one.
    private static String readings(String symbol, Dimension dimension) {
        String lower = symbol.toLowerCase(Locale.ROOT);
        if (dimension == Dimension.DURATION && lower.equals("m")) {
            return "write min (minutes) or ms (milliseconds)";
        }
        if (dimension == Dimension.DURATION && lower.equals("ms")) {
            return "write ms (milliseconds) or min (minutes)";
        }
        String rate = lower.endsWith("ps") ? lower.substring(0, lower.length() - 2) + "/s" : lower;
        boolean perSecond = rate.endsWith("b/s");
        String prefix = rate.substring(0, rate.length() - (perSecond ? 3 : 1));
        if (!(perSecond || rate.endsWith("b")) || prefix.length() > 1 || !"kmgtp".contains(prefix)) {
            return null;
        }
        String p = prefix.equals("k") ? "k" : prefix.toUpperCase(Locale.ROOT);
        String name = switch (p) {
            case "k" -> "kilo";
            case "M" -> "mega";
            case "G" -> "giga";
            case "T" -> "tera";
            case "P" -> "peta";
            default -> "";
        };
        if (perSecond) {
            return "write " + p + "bit/s (" + name + "bits per second, as in networking) or " + p + "B/s ("
                    + name + "bytes per second); b is bits, B is bytes";
        }
        if (dimension != Dimension.SIZE) {
            return null;
        }
        String binary = p.equals("k") ? "KiB" : p + "iB";
        return "write " + p + "B (" + name + "bytes, powers of 1000) or " + binary + " (powers of 1024); "
                + p + "b would be " + name + "bits";
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static int skipDigits(String text, int i) {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean isUnitChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == 'µ' || c == '/';
    }

    private static final double EXACT_INTEGERS = 0x1p53;

    private static double scale(String literal, double number, double factor) {
        if (factor == 1) {
            return number;
        }
        if (exactProduct(number, factor)) {
            return number * factor;
        }
        double decimal = exactDecimalProduct(literal, factor);
        if (!Double.isNaN(decimal)) {
            return decimal;
        }
        // BigDecimal keeps "2.4 GHz" exactly 2.4e9 rather than 2.4 * 1e9 = 2.4000000000000004e9, and
        // the decimal factor (valueOf: 0.000001, not the binary 9.99999999999999955e-7) keeps "5 us" 5e-6.
        try {
            return new BigDecimal(literal).multiply(BigDecimal.valueOf(factor)).doubleValue();
        } catch (NumberFormatException e) {
            return number * factor;
        }
    }

    // A whole number times a whole factor (or a power of two) below 2^53 is exact in doubles: the
    // same result as BigDecimal, a hundred times faster (files of 100,000 VMs hold a million quantities).
    private static boolean exactProduct(double number, double factor) {
        if (number != Math.rint(number) || Math.abs(number) >= EXACT_INTEGERS) {
            return false;
        }
        if (isPowerOfTwo(factor)) {
            return true;
        }
        return factor == Math.rint(factor) && Math.abs(number * factor) < EXACT_INTEGERS;
    }

    // "2.4" GHz is 24 * (1e9 / 10): when the factor divides exactly by the decimal places, the
    // product is a whole number below 2^53, exact without BigDecimal. NaN when that does not hold.
    private static double exactDecimalProduct(String literal, double factor) {
        if (factor != Math.rint(factor) || literal.length() > 17) {
            return Double.NaN;
        }
        long mantissa = 0;
        int places = -1;
        boolean negative = false;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                places += places >= 0 ? 1 : 0;
            } else if (c == '.' && places < 0) {
                places = 0;
            } else if (c == '-' && i == 0) {
                negative = true;
            } else if (!(c == '+' && i == 0)) {
                return Double.NaN;
            }
        }
        double scale = Math.pow(10, Math.max(places, 0));
        double step = factor / scale;
        if (step != Math.rint(step) || step * scale != factor || mantissa * step >= EXACT_INTEGERS) {
            return Double.NaN;
        }
        double product = mantissa * step;
        return negative ? -product : product;
    }

    private static boolean isPowerOfTwo(double factor) {
        return factor > 0 && Math.getExponent(factor) >= Double.MIN_EXPONENT
                && factor == Math.scalb(1.0, Math.getExponent(factor));
    }

    /**
     * Prints a value in the largest unit of the dimension that keeps it at least 1, with as few
     * digits as give back exactly the same double when parsed.
     */
    public static String format(double value, Dimension dimension) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        for (Dimension.Unit unit : printUnits(dimension)) {
            if (magnitude >= unit.factor()) {
                String text = exactText(value, unit);
                if (text != null) {
                    return text;
                }
            }
        }
        // Below the smallest unit (or zero): the base unit, exactly.
        String text = magnitude == 0 ? null : exactText(value, dimension.baseUnit());
        return text != null ? text : plain(value) + " " + unitOfOne(dimension).symbol();
    }

    /** Rounded for display: three significant digits ("15.6 GiB"). Not for saving. */
    public static String display(double value, Dimension dimension) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        for (Dimension.Unit unit : printUnits(dimension)) {
            if (magnitude >= unit.factor() * 0.9995 || unit.factor() <= smallestPrintFactor(dimension)) {
                double scaled = value / unit.factor();
                return String.format(Locale.ROOT, "%s %s", threeDigits(scaled), unit.symbol());
            }
        }
        return value + " " + dimension.baseUnit().symbol();
    }

    private static double smallestPrintFactor(Dimension dimension) {
        return printUnits(dimension).stream().mapToDouble(Dimension.Unit::factor).min().orElse(1);
    }

    private static String threeDigits(double v) {
        double a = Math.abs(v);
        String s;
        if (a == 0) {
            return "0";
        } else if (a >= 100) {
            s = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else {
            s = String.format(Locale.ROOT, "%.2f", v);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    private static List<Dimension.Unit> printUnits(Dimension dimension) {
        return switch (dimension) {
            case SIZE -> dimension.units().subList(1, 6);
            case BANDWIDTH -> dimension.units().subList(0, 5);
            case DATA_RATE -> dimension.units().subList(0, 4);
            case FREQUENCY -> dimension.units();
            case DURATION -> dimension.units().subList(0, 8).stream().filter(u -> !u.symbol().equals("µs")).toList();
            case POWER -> dimension.units();
        };
    }

    private static String exactText(double value, Dimension.Unit unit) {
        String quick = shortestText(value, unit);
        return quick != null ? quick : searchedText(value, unit);
    }

    // Double.toString of value / factor usually reads back exactly; checked, never assumed. With at
    // most 15 significant digits it is the only such decimal that short, so the shortest one: the
    // same text the digit-by-digit search finds, at a fraction of the cost.
    private static String shortestText(double value, Dimension.Unit unit) {
        double scaled = value / unit.factor();
        if (!Double.isFinite(scaled) || scaled == 0 && value != 0) {
            return null;
        }
        String literal = Double.toString(scaled);
        if (literal.indexOf('E') >= 0) {
            return null;
        }
        if (literal.endsWith(".0")) {
            literal = literal.substring(0, literal.length() - 2);
        }
        if (significantDigits(literal) > 15) {
            // value / factor is off by an ulp (5e-6 / 1e-6 = 5.000000000000001): round it back.
            literal = new BigDecimal(literal).round(new MathContext(15)).stripTrailingZeros().toPlainString();
        }
        if (literal.length() > 24 || parseExact(literal, unit) != value) {
            return null;
        }
        return literal + " " + unit.symbol();
    }

    private static int significantDigits(String literal) {
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c >= '1' && c <= '9' || c == '0' && !leading) {
                digits++;
                leading = false;
            }
        }
        // Trailing zeros of a whole number ("1200") are not significant.
        if (literal.indexOf('.') < 0) {
            for (int i = literal.length() - 1; i >= 0 && literal.charAt(i) == '0' && digits > 1; i--) {
                digits--;
            }
        }
        return digits;
    }

    private static String searchedText(double value, Dimension.Unit unit) {
        BigDecimal scaled = new BigDecimal(value).divide(BigDecimal.valueOf(unit.factor()), MathContext.DECIMAL128);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = scaled.round(new MathContext(digits));
            String literal = rounded.stripTrailingZeros().toPlainString();
            if (literal.length() > 24) {
                return null;
            }
            String text = literal + " " + unit.symbol();
            try {
                if (parseExact(literal, unit) == value) {
                    return text;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static double parseExact(String literal, Dimension.Unit unit) {
        return unit.factor() == 1 ? Double.parseDouble(literal) : scale(literal, Double.parseDouble(literal), unit.factor());
    }

    // Bandwidth's base unit for printing is bit/s (factor 1/8); a raw double is in B/s.
    private static Dimension.Unit unitOfOne(Dimension dimension) {
        return dimension.units().stream().filter(u -> u.factor() == 1).findFirst().orElseThrow();
    }

    private static String plain(double value) {
        String s = Double.toString(value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
