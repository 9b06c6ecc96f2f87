package org.clustercomposer.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The unit rules of docs/file-format.md: b is bits, B is bytes, ambiguous spellings refused. */
class UnitRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 Gb/s      | BANDWIDTH | 1.25e8
            25 Gb/s     | BANDWIDTH | 3.125e9
            1 Gbps      | BANDWIDTH | 1.25e8
            1 Gbit/s    | BANDWIDTH | 1.25e8
            1 gbit/s    | BANDWIDTH | 1.25e8
            1 GBIT/S    | BANDWIDTH | 1.25e8
            100 Mb/s    | BANDWIDTH | 1.25e7
            100 kb/s    | BANDWIDTH | 12500
            1 GB/s      | BANDWIDTH | 1e9
            1 GiB/s     | BANDWIDTH | 1073741824
            1 gib/s     | BANDWIDTH | 1073741824
            1 Gb/s      | DATA_RATE | 1.25e8
            1 PiB       | SIZE      | 1125899906842624
            2 PB        | SIZE      | 2e15
            16 gib      | SIZE      | 17179869184
            5 MIN       | DURATION  | 300
            2 hours     | DURATION  | 7200
            3 GHZ       | FREQUENCY | 3e9
            """)
    void bitsAreLowerCaseBBytesUpperCase(String text, Dimension dimension, double expected) {
        assertEquals(expected, Quantities.parse(text, dimension));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 gb/s      | BANDWIDTH | write Gbit/s (gigabits per second, as in networking) or GB/s (gigabytes per second)
            100mb/s     | BANDWIDTH | write Mbit/s (megabits per second, as in networking) or MB/s (megabytes per second)
            1 gbps      | BANDWIDTH | write Gbit/s
            1 GBps      | BANDWIDTH | or GB/s
            1 TB/S      | BANDWIDTH | write Tbit/s
            16 gb       | SIZE      | write GB (gigabytes, powers of 1000) or GiB (powers of 1024)
            16 Gb       | SIZE      | Gb would be gigabits
            300m        | DURATION  | write min (minutes) or ms (milliseconds)
            300 MS      | DURATION  | write ms (milliseconds) or min (minutes)
            """)
    void ambiguousSpellingsAreRefusedNamingBothReadings(String text, Dimension dimension, String hint) {
        String message = assertThrows(IllegalArgumentException.class, () -> Quantities.parse(text, dimension))
                .getMessage();
        assertTrue(message.startsWith("ambiguous unit"), message);
        assertTrue(message.contains(hint), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309 h", "1e308 GiB", "1e309"})
    void numbersBeyondADoubleAreTooLarge(String text) {
        String message = assertThrows(IllegalArgumentException.class, () -> Quantities.parse(text,
                text.endsWith("h") ? Dimension.DURATION : Dimension.SIZE)).getMessage();
        assertTrue(message.contains("too large"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1000 | BANDWIDTH | "1000" has no unit: write 10 Gbit/s (on the command line a number alone is not read as B/s)
            4    | SIZE      | "4" has no unit: write 16 GiB (on the command line a number alone is not read as B)
            """)
    void theCommandLineRefusesBareNumbers(String text, Dimension dimension, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> Quantities.parseWithUnit(text, dimension)).getMessage());
        assertEquals(0, Quantities.parseWithUnit("0", dimension));
    }
}
