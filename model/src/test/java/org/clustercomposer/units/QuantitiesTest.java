package org.clustercomposer.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QuantitiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            16 GiB      | SIZE      | 17179869184
            16GiB       | SIZE      | 17179869184
            '  1.5 TiB' | SIZE      | 1649267441664
            2 GB        | SIZE      | 2e9
            4096        | SIZE      | 4096
            -4 GiB      | SIZE      | -4294967296
            16 gib      | SIZE      | 17179869184
            10 Gbit/s   | BANDWIDTH | 1.25e9
            1250        | BANDWIDTH | 1250
            2.5e3 kB/s  | BANDWIDTH | 2.5e6
            +.5 s       | DURATION  | 0.5
            1.e2 s      | DURATION  | 100
            3d          | DURATION  | 259200
            100 Mbps    | BANDWIDTH | 1.25e7
            1 GiB/s     | BANDWIDTH | 1073741824
            50 MiB/s    | DATA_RATE | 52428800
            2.4 GHz     | FREQUENCY | 2.4e9
            300 ms      | DURATION  | 0.3
            5 us        | DURATION  | 5e-6
            5 µs        | DURATION  | 5e-6
            1.5 min     | DURATION  | 90
            2 h         | DURATION  | 7200
            250 W       | POWER     | 250
            1.2 kW      | POWER     | 1200
            1e3 W       | POWER     | 1000
            """)
    void parsesUnitsIntoSiBaseUnits(String text, Dimension dimension, double expected) {
        assertEquals(expected, Quantities.parse(text, dimension));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            17179869184    | SIZE      | 16 GiB
            1275068416     | SIZE      | 1.1875 GiB
            0              | SIZE      | 0 B
            -4294967296    | SIZE      | -4 GiB
            1.25e9         | BANDWIDTH | 10 Gbit/s
            12500000       | BANDWIDTH | 100 Mbit/s
            52428800       | DATA_RATE | 50 MiB/s
            2.4e9          | FREQUENCY | 2.4 GHz
            2.33e9         | FREQUENCY | 2.33 GHz
            0.3            | DURATION  | 300 ms
            5e-6           | DURATION  | 5 us
            90             | DURATION  | 1.5 min
            1200           | POWER     | 1.2 kW
            250            | POWER     | 250 W
            """)
    void printsInTheLargestFittingUnitWithFewestDigits(double value, Dimension dimension, String expected) {
        assertEquals(expected, Quantities.format(value, dimension));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''          | SIZE      | expected a size such as "16 GiB", got an empty value
            abc         | SIZE      | expected a size such as "16 GiB", got "abc"
            16 GHz      | SIZE      | unknown unit "GHz" in "16 GHz": expected a size such as "16 GiB"
            3 parsecs   | DURATION  | unknown unit "parsecs" in "3 parsecs": expected a duration such as "300 ms"
            1.2.3 GiB   | SIZE      | expected a size such as "16 GiB", got "1.2.3 GiB"
            .           | SIZE      | expected a size such as "16 GiB", got "."
            16 Gi B     | SIZE      | expected a size such as "16 GiB", got "16 Gi B"
            0x10 B      | SIZE      | expected a size such as "16 GiB", got "0x10 B"
            10 gbit/S   | FREQUENCY | unknown unit "gbit/S" in "10 gbit/S": expected a frequency such as "2.4 GHz"
            """)
    void refusesTextThatIsNotAQuantityWithAClearMessage(String text, Dimension dimension, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> Quantities.parse(text, dimension)).getMessage());
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void formatThenParseGivesBackExactlyTheSameDouble(Dimension dimension) {
        Random random = new Random(20081);
        for (int i = 0; i < 4_000; i++) {
            double x = switch (i % 4) {
                // any finite double, subnormals and extremes included
                case 0 -> finite(Double.longBitsToDouble(random.nextLong()));
                // realistic magnitudes with noise in the last bits
                case 1 -> Math.pow(10, -9 + 24 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
                // round figures people type: 1-4 digits times a unit
                case 2 -> random.nextInt(10_000) / Math.pow(10, random.nextInt(4))
                        * dimension.units().get(random.nextInt(dimension.units().size())).factor();
                default -> random.nextInt() * Math.scalb(1.0, random.nextInt(80) - 40);
            };
            String text = Quantities.format(x, dimension);
            assertEquals(0, Double.compare(x, Quantities.parse(text, dimension)),
                    () -> x + " printed as \"" + text + "\" did not read back");
        }
    }

    @Test
    void keepsTheSignOfNegativeZero() {
        assertEquals(0, Double.compare(-0.0, Quantities.parse(Quantities.format(-0.0, Dimension.SIZE), Dimension.SIZE)));
    }

    private static double finite(double x) {
        return Double.isFinite(x) ? x : 1.0;
    }
}
