package org.clustercomposer.scenario.generate;

/** Unit factors for writing realistic figures readably. */
final class Units {
    static final double GIB = 1L << 30;
    static final double TIB = 1L << 40;
    static final double MIB = 1L << 20;
    static final double GBIT = 1e9 / 8;
    static final double MBIT = 1e6 / 8;
    static final double MICROSECOND = 1e-6;

    private Units() {
    }
}
