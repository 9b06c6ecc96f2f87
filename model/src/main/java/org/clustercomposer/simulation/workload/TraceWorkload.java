package org.clustercomposer.simulation.workload;

/**
 * Follows a piecewise-constant trace: the value of the last point at or before the asked time
 * (the first point's value before it). Times are asked in increasing order, so a cursor makes each
 * step O(1) on average however long the trace.
 */
public final class TraceWorkload implements WorkloadSource {

    private final Trace trace;
    private int cursor;

    public TraceWorkload(Trace trace) {
        this.trace = trace;
    }

    @Override
    public double next(double time) {
        if (cursor > 0 && trace.time(cursor) > time) {
            cursor = 0; // asked out of order (a restarted run): start over
        }
        while (cursor + 1 < trace.size() && trace.time(cursor + 1) <= time) {
            cursor++;
        }
        return trace.value(cursor);
    }
}
