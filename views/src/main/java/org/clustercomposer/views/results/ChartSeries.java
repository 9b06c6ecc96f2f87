package org.clustercomposer.views.results;

/**
 * One line of a chart: values over time, hours on the x axis.
 *
 * @param name  what the line is ("this run", "pinned", an element's name)
 * @param hours x values: time into the run in hours
 */
public record ChartSeries(String name, double[] hours, double[] values) {

    public ChartSeries {
        if (hours.length != values.length) {
            throw new IllegalArgumentException(hours.length + " times for " + values.length + " values");
        }
    }

    public ChartSeries named(String other) {
        return new ChartSeries(other, hours, values);
    }

    public double max() {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
