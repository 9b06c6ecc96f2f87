package org.clustercomposer.app.cli;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

import picocli.CommandLine;

/** Picocli converters for quantities with units ("4GiB", "4 GiB", "1Gbit/s", "300ms"). */
final class QuantityConverters {

    private QuantityConverters() {
    }

    private static double parse(String text, Dimension dimension) {
        try {
            double value = Quantities.parse(text, dimension);
            if (!Double.isFinite(value) || value < 0) {
                throw new CommandLine.TypeConversionException("must be zero or more, got \"" + text + "\"");
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static final class Size implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, Dimension.SIZE);
        }
    }

    static final class DataRate implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, Dimension.DATA_RATE);
        }
    }

    static final class Bandwidth implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, Dimension.BANDWIDTH);
        }
    }

    static final class Duration implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value, Dimension.DURATION);
        }
    }
}
