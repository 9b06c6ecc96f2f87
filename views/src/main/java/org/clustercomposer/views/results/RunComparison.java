package org.clustercomposer.views.results;

import java.util.List;

import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.migration.MigrationRecord;

/**
 * Two runs side by side: each metric of the pinned run, of this run, and this run minus the pinned.
 */
public record RunComparison(SimulationRun pinned, SimulationRun current, List<Row> rows) {

    /** One metric: its values in both runs and the difference. */
    public record Row(String metric, String unit, double pinned, double current) {

        public double delta() {
            return current - pinned;
        }
    }

    public static RunComparison of(SimulationRun pinned, SimulationRun current) {
        return new RunComparison(pinned, current, List.of(
                new Row("Energy", "kWh", energyKwh(pinned.result()), energyKwh(current.result())),
                new Row("SLA violations", "count", pinned.result().violations().size(),
                        current.result().violations().size()),
                new Row("Unserved demand", "core·s", pinned.result().unservedCoreSeconds(),
                        current.result().unservedCoreSeconds()),
                new Row("Migrations", "count", pinned.result().migrations().size(),
                        current.result().migrations().size()),
                new Row("Data moved", "GiB", dataMovedGib(pinned.result()), dataMovedGib(current.result())),
                new Row("Longest downtime", "s", longestDowntime(pinned.result()), longestDowntime(current.result())),
                new Row("Peak CPU utilization", "%", peakUtilization(pinned.result()),
                        peakUtilization(current.result()))));
    }

    public static double energyKwh(SimulationResult r) {
        return r.energy() / 3.6e6;
    }

    public static double dataMovedGib(SimulationResult r) {
        return r.migrations().stream().mapToDouble(MigrationRecord::bytes).sum() / (1L << 30);
    }

    public static double longestDowntime(SimulationResult r) {
        return r.migrations().stream().mapToDouble(MigrationRecord::downtime).max().orElse(0);
    }

    /** The highest served cluster CPU utilization of any step, in per cent. */
    public static double peakUtilization(SimulationResult r) {
        double peak = 0;
        for (double u : r.clusterUtilization()) {
            peak = Math.max(peak, u);
        }
        return peak * 100;
    }

    public Row row(String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + metric));
    }
}
