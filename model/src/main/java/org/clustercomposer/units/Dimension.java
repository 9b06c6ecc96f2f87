package org.clustercomposer.units;

import java.util.List;

/**
 * The kinds of quantity people type, each with the units accepted for it. Values are held in SI
 * base units (bytes, bytes per second, hertz, seconds, watts); the first unit of each list whose
 * magnitude fits is used to print.
 */
public enum Dimension {
    /** Bytes. Binary prefixes print (GiB); decimal ones (GB) are accepted. */
    SIZE("a size such as \"16 GiB\"", List.of(
            new Unit("PiB", 0x1p50), new Unit("TiB", 0x1p40), new Unit("GiB", 0x1p30), new Unit("MiB", 0x1p20),
            new Unit("KiB", 0x1p10), new Unit("B", 1),
            new Unit("PB", 1e15), new Unit("TB", 1e12), new Unit("GB", 1e9), new Unit("MB", 1e6), new Unit("kB", 1e3),
            new Unit("KB", 1e3), new Unit("kiB", 0x1p10), new Unit("bytes", 1), new Unit("byte", 1))),
    /**
     * Network bandwidth, held in bytes per second, printed in bits per second (10 Gbit/s). As in
     * networking, a lower-case b is bits (Gb/s, Gbps) and an upper-case B bytes (GB/s).
     */
    BANDWIDTH("a bandwidth such as \"10 Gbit/s\"", withRates(List.of(
            new Unit("Tbit/s", 1e12 / 8), new Unit("Gbit/s", 1e9 / 8), new Unit("Mbit/s", 1e6 / 8),
            new Unit("kbit/s", 1e3 / 8), new Unit("bit/s", 1.0 / 8)))),
    /** Memory or disk rates (page dirtying, copy speed), bytes per second, printed as MiB/s. */
    DATA_RATE("a rate such as \"50 MiB/s\"", withRates(List.of(
            new Unit("GiB/s", 0x1p30), new Unit("MiB/s", 0x1p20), new Unit("KiB/s", 0x1p10), new Unit("B/s", 1)))),
    /** Clock frequency in hertz. */
    FREQUENCY("a frequency such as \"2.4 GHz\"", List.of(
            new Unit("GHz", 1e9), new Unit("MHz", 1e6), new Unit("kHz", 1e3), new Unit("Hz", 1))),
    /**
     * Time in seconds. "m" alone is refused (minutes or a mistyped ms): write min or ms.
     */
    DURATION("a duration such as \"300 ms\"", List.of(
            new Unit("d", 86400), new Unit("h", 3600), new Unit("min", 60), new Unit("s", 1), new Unit("ms", 1e-3),
            new Unit("us", 1e-6), new Unit("µs", 1e-6), new Unit("ns", 1e-9),
            new Unit("sec", 1), new Unit("seconds", 1), new Unit("second", 1), new Unit("minutes", 60),
            new Unit("minute", 60), new Unit("hours", 3600), new Unit("hour", 3600), new Unit("days", 86400),
            new Unit("day", 86400))),
    /** Electrical power in watts. */
    POWER("a power such as \"250 W\"", List.of(new Unit("kW", 1e3), new Unit("W", 1)));

    // Every spelling of a rate, bits and bytes, after the units a dimension prints in.
    private static List<Unit> withRates(List<Unit> printed) {
        List<Unit> all = new java.util.ArrayList<>(printed);
        List<Unit> rates = List.of(
                new Unit("Tbit/s", 1e12 / 8), new Unit("Gbit/s", 1e9 / 8), new Unit("Mbit/s", 1e6 / 8),
                new Unit("kbit/s", 1e3 / 8), new Unit("Kbit/s", 1e3 / 8), new Unit("bit/s", 1.0 / 8),
                new Unit("Tb/s", 1e12 / 8), new Unit("Gb/s", 1e9 / 8), new Unit("Mb/s", 1e6 / 8),
                new Unit("kb/s", 1e3 / 8), new Unit("Kb/s", 1e3 / 8), new Unit("b/s", 1.0 / 8),
                new Unit("Tbps", 1e12 / 8), new Unit("Gbps", 1e9 / 8), new Unit("Mbps", 1e6 / 8),
                new Unit("kbps", 1e3 / 8), new Unit("Kbps", 1e3 / 8), new Unit("bps", 1.0 / 8),
                new Unit("TiB/s", 0x1p40), new Unit("GiB/s", 0x1p30), new Unit("MiB/s", 0x1p20),
                new Unit("KiB/s", 0x1p10), new Unit("TB/s", 1e12), new Unit("GB/s", 1e9), new Unit("MB/s", 1e6),
                new Unit("kB/s", 1e3), new Unit("KB/s", 1e3), new Unit("B/s", 1), new Unit("bytes/s", 1));
        for (Unit unit : rates) {
            if (all.stream().noneMatch(u -> u.symbol().equals(unit.symbol()))) {
                all.add(unit);
            }
        }
        return List.copyOf(all);
    }

    private final String example;
    private final List<Unit> units;

    Dimension(String example, List<Unit> units) {
        this.example = example;
        this.units = units;
    }

    /** How to describe a valid value of this kind to a person ("a size such as \"16 GiB\""). */
    public String example() {
        return example;
    }

    public List<Unit> units() {
        return units;
    }

    /** The base unit, printed when no prefixed unit gives an exact short form. */
    public Unit baseUnit() {
        return units.stream().filter(u -> u.factor() == (this == BANDWIDTH ? 1.0 / 8 : 1)).findFirst().orElseThrow();
    }

    /** A unit symbol and its factor to SI base units. */
    public record Unit(String symbol, double factor) {
    }
}
