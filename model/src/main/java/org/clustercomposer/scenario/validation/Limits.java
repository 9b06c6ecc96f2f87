package org.clustercomposer.scenario.validation;

/**
 * Where a value stops being plausible and is more likely a wrong unit or a typo. Generous: about
 * ten times the largest machines sold today.
 */
final class Limits {
    static final double PIB = 0x1p50;
    static final double EIB = 0x1p60;
    static final double TBIT = 1e12 / 8;

    static final int MAX_CORES = 4096;
    static final int MAX_VCPUS = 4096;
    static final int MAX_PORTS = 100_000;
    static final int MAX_PROCESSES = 10_000_000;
    static final double MAX_CORE_SPEED = 10e9;
    static final double MAX_MEMORY = PIB;
    static final double MAX_DISK = EIB;
    static final double MAX_NIC = 10 * TBIT;
    static final double MAX_SWITCH = 1000 * TBIT;
    static final double MAX_POWER = 100e3;
    static final double MAX_LATENCY = 10;
    static final double MAX_DATA_RATE = 0x1p40;
    /** A day of 1-minute steps: longer is surely a typo. */
    static final int MAX_TRIGGER_STEPS = 1440;
    /** A year. */
    static final double MAX_COOL_DOWN = 365.25 * 86400;
    /** Over 1000 migrations at once through one host or link is surely a typo. */
    static final int MAX_CONCURRENT_MIGRATIONS = 1000;
    static final double MAX_CPU_DEMAND = 1e7;

    private Limits() {
    }
}
