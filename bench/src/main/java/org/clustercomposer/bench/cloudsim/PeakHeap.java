package org.clustercomposer.bench.cloudsim;

/**
 * Samples used heap every few milliseconds on a daemon thread and keeps the largest value above
 * the heap in use when it started (after a GC), so each run is charged only what it allocates and
 * keeps, garbage not yet collected included.
 */
final class PeakHeap implements AutoCloseable {

    private final Thread sampler;
    private final long baseline;
    private volatile long peak;
    private volatile boolean running = true;

    PeakHeap() {
        settle();
        baseline = used();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    long peakAboveBaseline() {
        return Math.max(0, Math.max(peak, used()) - baseline);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
