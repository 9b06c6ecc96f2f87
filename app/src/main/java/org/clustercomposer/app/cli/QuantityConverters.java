package org.clustercomposer.app.cli;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

import picocli.CommandLine;

/**
 * Picocli converters for quantities with units ("4GiB", "4 GiB", "1Gbit/s", "300ms"). A unit is
 * required (a bare "1000" is refused, not read as 1000 bytes per second), and a value outside what
 * a machine could have is refused rather than turned into NaN or Infinity later.
 */
final class QuantityConverters {

    private QuantityConverters() {
    }

    /**
     * The value of {@code text} in base units, zero or between {@code min} and {@code max}.
     *
     * @throws CommandLine.TypeConversionException with a message naming the value
     */
    static double parse(String text, Dimension dimension, double min, double max) {
        double value;
        try {
            value = Quantities.parseWithUnit(text, dimension);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
        if (value < 0) {
            throw new CommandLine.TypeConversionException("must be zero or more, got \"" + text + "\"");
        }
        if (value > max) {
            throw new CommandLine.TypeConversionException("must be at most " + Quantities.display(max, dimension)
                    + ", got \"" + text + "\"");
        }
        if (value > 0 && value < min) {
            throw new CommandLine.TypeConversionException("must be 0 or at least " + Quantities.display(min, dimension)
                    + ", got \"" + text + "\"");
        }
        return value;
    }

    private static final double PIB = 0x1p50;
    private static final double TBIT_PER_S = 1e12 / 8;
    private static final double YEAR = 365.25 * 86400;

    static final class Size implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, Dimension.SIZE, 1, PIB);
        }
    }

    static final class DataRate implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, Dimension.DATA_RATE, 1, 0x1p40);
        }
    }

    static final class Bandwidth implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, Dimension.BANDWIDTH, 1.0 / 8, 1000 * TBIT_PER_S);
        }
    }

    static final class Duration implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, Dimension.DURATION, 1e-9, 100 * YEAR);
        }
    }

    /** A duration of zero or more, at most 100 years (a cool-down; 0: none). */
    static double nonNegativeTime(String option, String text) {
        try {
            return parse(text, Dimension.DURATION, 1e-9, 100 * YEAR);
        } catch (CommandLine.TypeConversionException e) {
            throw new CommandLine.TypeConversionException(option + ": " + e.getMessage());
        }
    }

    /** A positive duration for simulated time: at least 1 ms, at most 100 years. */
    static double positiveTime(String option, String text) {
        try {
            double seconds = parse(text, Dimension.DURATION, 1e-3, 100 * YEAR);
            if (seconds == 0) {
                throw new CommandLine.TypeConversionException("must be a positive time, got \"" + text + "\"");
            }
            return seconds;
        } catch (CommandLine.TypeConversionException e) {
            throw new CommandLine.TypeConversionException(option + ": " + e.getMessage());
        }
    }
}
