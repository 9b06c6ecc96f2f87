package org.clustercomposer.simulation.policy;

/**
 * CPU utilization bounds of threshold policies: above {@code upper} a host is overloaded, below
 * {@code lower} it is a candidate to empty and switch off.
 */
public record Thresholds(double upper, double lower) {

    public Thresholds {
        if (!(lower >= 0 && lower < upper && upper <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= lower < upper <= 1: " + lower + ", " + upper);
        }
    }

    /** The usual 80 % / 20 % bounds (Beloglazov and Buyya, 2012). */
    public static Thresholds defaults() {
        return new Thresholds(0.8, 0.2);
    }
}
