package org.clustercomposer.simulation.event;

import java.util.Arrays;

/**
 * A binary min-heap of events keyed by primitives: time, then priority, then insertion sequence.
 * The sequence number makes the order total, so equal keys always pop in the order they were
 * scheduled and a run is deterministic. Parallel arrays avoid one key object per event.
 */
public final class EventQueue {

    private double[] times = new double[64];
    private int[] priorities = new int[64];
    private long[] sequences = new long[64];
    private SimEvent[] events = new SimEvent[64];
    private int size;
    private long nextSequence;

    public void schedule(double time, SimEvent event) {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("event time must be finite and >= 0: " + time);
        }
        if (size == times.length) {
            grow();
        }
        int i = size++;
        times[i] = time;
        priorities[i] = event.priority();
        sequences[i] = nextSequence++;
        events[i] = event;
        siftUp(i);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Time of the next event; only valid when not empty. */
    public double peekTime() {
        return times[0];
    }

    /** Removes and returns the next event. */
    public SimEvent poll() {
        SimEvent head = events[0];
        int last = --size;
        if (last > 0) {
            move(last, 0);
            siftDown(0);
        }
        events[last] = null;
        return head;
    }

    private boolean less(int a, int b) {
        if (times[a] != times[b]) {
            return times[a] < times[b];
        }
        if (priorities[a] != priorities[b]) {
            return priorities[a] < priorities[b];
        }
        return sequences[a] < sequences[b];
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int smallest = left + 1 < size && less(left + 1, left) ? left + 1 : left;
            if (!less(smallest, i)) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        double t = times[a];
        times[a] = times[b];
        times[b] = t;
        int p = priorities[a];
        priorities[a] = priorities[b];
        priorities[b] = p;
        long s = sequences[a];
        sequences[a] = sequences[b];
        sequences[b] = s;
        SimEvent e = events[a];
        events[a] = events[b];
        events[b] = e;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        priorities[to] = priorities[from];
        sequences[to] = sequences[from];
        events[to] = events[from];
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        priorities = Arrays.copyOf(priorities, n);
        sequences = Arrays.copyOf(sequences, n);
        events = Arrays.copyOf(events, n);
    }
}
