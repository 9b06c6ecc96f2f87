package org.clustercomposer.simulation.network;

import java.util.Arrays;

/**
 * Bulk transfers (migrations) sharing directed network resources (link directions and host NICs)
 * max-min fairly. Rates change only when a flow starts or ends or a capacity changes; between
 * such instants each flow moves bytes linearly, so the engine needs one wake-up event: the
 * earliest predicted completion.
 */
public final class FlowNetwork {

    private static final double COMPLETION_TOLERANCE = 1e-6;

    private final double[] capacity;
    private final double[] background;
    private final boolean[] up;
    private final double unboundedRate;
    private int[][] paths = new int[16][];
    private double[] remaining = new double[16];
    private double[] rates = new double[16];
    private double[] sent = new double[16];
    private double[] caps = new double[16];
    private int[] ids = new int[16];
    private int active;
    private int nextId;
    private double lastUpdate;
    private long version;
    private final double[] load;

    /**
     * @param capacity      bytes/s of each resource
     * @param unboundedRate rate of a flow that crosses no resource (a copy inside one machine)
     */
    public FlowNetwork(double[] capacity, double unboundedRate) {
        this.capacity = capacity.clone();
        this.background = new double[capacity.length];
        this.load = new double[capacity.length];
        this.up = new boolean[capacity.length];
        Arrays.fill(up, true);
        this.unboundedRate = unboundedRate;
    }

    public int resourceCount() {
        return capacity.length;
    }

    public double capacity(int resource) {
        return capacity[resource];
    }

    /** Starts a flow of {@code bytes} along {@code path}; returns its id. Call {@link #advance} first. */
    public int start(int[] path, double bytes) {
        return start(path, bytes, Double.POSITIVE_INFINITY);
    }

    /** Starts a flow whose rate never exceeds {@code cap} bytes/s. */
    public int start(int[] path, double bytes, double cap) {
        if (active == paths.length) {
            int n = active * 2;
            paths = Arrays.copyOf(paths, n);
            remaining = Arrays.copyOf(remaining, n);
            rates = Arrays.copyOf(rates, n);
            sent = Arrays.copyOf(sent, n);
            caps = Arrays.copyOf(caps, n);
            ids = Arrays.copyOf(ids, n);
        }
        caps[active] = cap > 0 ? cap : Double.POSITIVE_INFINITY;
        paths[active] = path;
        remaining[active] = Math.max(0, bytes);
        sent[active] = 0;
        ids[active] = nextId;
        active++;
        reallocate();
        return nextId++;
    }

    /** Removes a flow before it completes (its endpoint failed); returns the bytes it had sent. */
    public double cancel(int id) {
        int i = indexOf(id);
        if (i < 0) {
            return 0;
        }
        double done = sent[i];
        removeAt(i);
        reallocate();
        return done;
    }

    /** Moves every flow forward to {@code now} at its current rate. */
    public void advance(double now) {
        double dt = now - lastUpdate;
        if (dt > 0) {
            for (int i = 0; i < active; i++) {
                double moved = Math.min(remaining[i], rates[i] * dt);
                remaining[i] -= moved;
                sent[i] += moved;
            }
        }
        lastUpdate = Math.max(lastUpdate, now);
    }

    /**
     * Takes out the flows that have finished by the last {@link #advance}, writing their ids and
     * bytes sent to the arrays; returns how many finished.
     */
    public int drainCompleted(int[] finishedIds, double[] finishedBytes) {
        int n = 0;
        for (int i = 0; i < active && n < finishedIds.length; ) {
            if (remaining[i] <= COMPLETION_TOLERANCE * (sent[i] + 1)) {
                finishedIds[n] = ids[i];
                finishedBytes[n] = sent[i] + remaining[i];
                n++;
                removeAt(i);
            } else {
                i++;
            }
        }
        if (n > 0) {
            reallocate();
        }
        return n;
    }

    /** Time at which the next flow will finish at current rates, or infinity. */
    public double nextCompletion() {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < active; i++) {
            if (rates[i] > 0) {
                best = Math.min(best, lastUpdate + remaining[i] / rates[i]);
            }
        }
        return best;
    }

    /** Bytes/s already taken on a resource by traffic that is not a flow (VMs' own traffic). */
    public void setBackground(double[] bytesPerSecond) {
        System.arraycopy(bytesPerSecond, 0, background, 0, background.length);
        reallocate();
    }

    public void setUp(int resource, boolean isUp) {
        if (up[resource] != isUp) {
            up[resource] = isUp;
            reallocate();
        }
    }

    public boolean isUp(int resource) {
        return up[resource];
    }

    /** Increases on every rate change; a wake-up scheduled under an older version is stale. */
    public long version() {
        return version;
    }

    public int activeFlows() {
        return active;
    }

    public double rate(int id) {
        int i = indexOf(id);
        return i < 0 ? 0 : rates[i];
    }

    /** Bytes/s in use on a resource: background plus flows. */
    public double load(int resource) {
        return load[resource];
    }

    /** Ids of the flows crossing a resource. */
    public int[] flowsCrossing(int resource) {
        int[] out = new int[active];
        int n = 0;
        for (int i = 0; i < active; i++) {
            for (int r : paths[i]) {
                if (r == resource) {
                    out[n++] = ids[i];
                    break;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void reallocate() {
        version++;
        double[] free = new double[capacity.length];
        for (int r = 0; r < free.length; r++) {
            free[r] = up[r] ? Math.max(capacity[r] - background[r], capacity[r] * 0.05) : 0;
        }
        MaxMinFairShare.allocate(free, paths, caps, active, rates, unboundedRate);
        for (int r = 0; r < load.length; r++) {
            load[r] = background[r];
        }
        for (int i = 0; i < active; i++) {
            for (int r : paths[i]) {
                load[r] += rates[i];
            }
        }
    }

    private int indexOf(int id) {
        for (int i = 0; i < active; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int i) {
        int last = --active;
        // Keep order stable so the allocation (and so the run) does not depend on removal history.
        System.arraycopy(paths, i + 1, paths, i, last - i);
        System.arraycopy(remaining, i + 1, remaining, i, last - i);
        System.arraycopy(rates, i + 1, rates, i, last - i);
        System.arraycopy(sent, i + 1, sent, i, last - i);
        System.arraycopy(caps, i + 1, caps, i, last - i);
        System.arraycopy(ids, i + 1, ids, i, last - i);
        paths[last] = null;
    }
}
