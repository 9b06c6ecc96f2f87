package org.clustercomposer.simulation.cluster;

/**
 * Integrates energy and unserved demand incrementally. Each host has a power and an unserved rate
 * that hold until its state changes; the cluster settles a host's integral just before changing
 * it. Work not tied to a running host (paused, lost or frozen VMs and processes) is one global
 * unserved rate. So a step costs O(changed hosts), not O(hosts) per event.
 */
public final class Accounting {

    private final double[] power;
    private final double[] unserved;
    private final double[] energy;
    private final double[] unservedSeconds;
    private final double[] settledAt;
    private double clock;
    private double globalUnservedRate;
    private double globalUnserved;
    private double globalSettledAt;

    public Accounting(int hosts) {
        power = new double[hosts];
        unserved = new double[hosts];
        energy = new double[hosts];
        unservedSeconds = new double[hosts];
        settledAt = new double[hosts];
    }

    void setClock(double now) {
        clock = now;
    }

    void settle(int host) {
        double dt = clock - settledAt[host];
        if (dt > 0) {
            energy[host] += power[host] * dt;
            unservedSeconds[host] += unserved[host] * dt;
        }
        settledAt[host] = clock;
    }

    void set(int host, double watts, double unservedCores) {
        power[host] = watts;
        unserved[host] = unservedCores;
    }

    void addGlobalUnservedRate(double deltaCores) {
        settleGlobal();
        globalUnservedRate = Math.max(0, globalUnservedRate + deltaCores);
    }

    private void settleGlobal() {
        double dt = clock - globalSettledAt;
        if (dt > 0) {
            globalUnserved += globalUnservedRate * dt;
        }
        globalSettledAt = clock;
    }

    /** Settles every integral up to the current clock. */
    void settleAll() {
        for (int h = 0; h < power.length; h++) {
            settle(h);
        }
        settleGlobal();
    }

    public double power(int host) {
        return power[host];
    }

    public double unservedCores(int host) {
        return unserved[host];
    }

    /** Joules drawn by a host so far (settled). */
    public double energy(int host) {
        return energy[host];
    }

    /** Core-seconds of demand a host could not serve (settled). */
    public double unservedSeconds(int host) {
        return unservedSeconds[host];
    }

    public double totalEnergy() {
        double sum = 0;
        for (double e : energy) {
            sum += e;
        }
        return sum;
    }

    /** Core-seconds of demand not served: hosts over capacity plus paused, lost or frozen work. */
    public double totalUnservedCoreSeconds() {
        double sum = globalUnserved;
        for (double u : unservedSeconds) {
            sum += u;
        }
        return sum;
    }

    public double overloadUnservedCoreSeconds() {
        double sum = 0;
        for (double u : unservedSeconds) {
            sum += u;
        }
        return sum;
    }

    public double globalUnservedRate() {
        return globalUnservedRate;
    }
}
