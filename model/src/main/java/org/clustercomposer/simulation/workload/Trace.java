package org.clustercomposer.simulation.workload;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.clustercomposer.scenario.io.IoMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * A workload trace: points (time in seconds, value), times strictly increasing. Read from CSV
 * lines {@code time,value}; the time may carry a unit ("5 min"); a first line that is not a
 * number is taken as a header; blank lines and lines starting with # are skipped.
 */
public final class Trace {

    private final double[] times;
    private final double[] values;

    public Trace(double[] times, double[] values) {
        if (times.length == 0 || times.length != values.length) {
            throw new IllegalArgumentException("a trace needs at least one point and as many values as times");
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("trace times must increase: point " + (i + 1));
            }
        }
        this.times = times.clone();
        this.values = values.clone();
    }

    /** A trace with one point every {@code interval} seconds from time 0. */
    public static Trace regular(double interval, double[] values) {
        double[] t = new double[values.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * interval;
        }
        return new Trace(t, values);
    }

    public int size() {
        return times.length;
    }

    public double time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    public double[] values() {
        return values.clone();
    }

    /** Reads a CSV trace; problems name the file and line. */
    public static Trace read(Path file) throws TraceFormatException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new TraceFormatException(file + ": cannot read: " + IoMessages.describe(e));
        } catch (UncheckedIOException e) {
            throw new TraceFormatException(file + ": cannot read: " + IoMessages.describe(e.getCause()));
        }
        return parse(file.toString(), lines);
    }

    static Trace parse(String source, List<String> lines) throws TraceFormatException {
        List<double[]> points = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;\\t]");
            String where = source + ":" + (i + 1) + ": ";
            if (cells.length < 2) {
                problems.add(where + "expected \"time,value\", got \"" + line + "\"");
                continue;
            }
            try {
                double time = Quantities.parse(cells[0].strip(), Dimension.DURATION);
                double value = number(cells[1].strip());
                if (!(value >= 0) || Double.isInfinite(value)) {
                    problems.add(where + "value must be a finite number >= 0, got \"" + cells[1].strip() + "\"");
                } else if (!points.isEmpty() && !(time > points.get(points.size() - 1)[0])) {
                    problems.add(where + "time " + cells[0].strip() + " does not come after the previous point");
                } else {
                    points.add(new double[] {time, value});
                }
            } catch (IllegalArgumentException e) {
                if (points.isEmpty() && problems.isEmpty()) {
                    continue; // a header line
                }
                problems.add(where + e.getMessage());
            }
        }
        if (points.isEmpty() && problems.isEmpty()) {
            problems.add(source + ": no points (expected lines \"time,value\")");
        }
        if (!problems.isEmpty()) {
            throw new TraceFormatException(String.join(System.lineSeparator(), problems));
        }
        return new Trace(points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN; // reported as "must be a finite number"
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && Arrays.equals(times, t.times) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
    }
}
