package org.clustercomposer.simulation.workload;

/** A trace file that cannot be used; the message lists each problem with its file and line. */
public final class TraceFormatException extends Exception {
    public TraceFormatException(String message) {
        super(message);
    }
}
