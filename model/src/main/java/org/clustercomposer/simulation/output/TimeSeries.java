package org.clustercomposer.simulation.output;

import java.util.Arrays;
import java.util.List;

/**
 * Samples of one metric for many elements, one per step: a flat float array (element-major) so a
 * day of 5-minute samples for thousands of hosts stays a few megabytes.
 *
 * @param metric   "cpu", "memory", ...
 * @param unit     what the numbers are in ("fraction", "bytes", "bytes/s", "W", "cores")
 * @param elements element ids, in index order
 */
public record TimeSeries(String metric, String unit, List<String> elements, int steps, float[] values) {

    public TimeSeries {
        elements = List.copyOf(elements);
        if (values.length != elements.size() * steps) {
            throw new IllegalArgumentException("expected " + elements.size() * steps + " values, got " + values.length);
        }
    }

    public static TimeSeries empty(String metric, String unit, List<String> elements, int steps) {
        return new TimeSeries(metric, unit, elements, steps, new float[elements.size() * steps]);
    }

    public double get(int element, int step) {
        return values[element * steps + step];
    }

    void set(int element, int step, double value) {
        values[element * steps + step] = (float) value;
    }

    /** Mean over the steps of one element. */
    public double mean(int element) {
        double sum = 0;
        for (int k = 0; k < steps; k++) {
            sum += get(element, k);
        }
        return steps == 0 ? 0 : sum / steps;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && metric.equals(t.metric) && unit.equals(t.unit)
                && elements.equals(t.elements) && steps == t.steps && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return metric.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TimeSeries[" + metric + ", " + elements.size() + " elements x " + steps + " steps]";
    }
}
