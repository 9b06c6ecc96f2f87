package org.clustercomposer.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** The few lines a simulation run prints for people (the full result goes to files: {@link ResultWriter}). */
public final class SimulationSummaryFormat {

    private SimulationSummaryFormat() {
    }

    /** Core-time in the unit that shows its value: "13.4 core-seconds", "2.5 core-hours", "0 core-seconds". */
    public static String coreTime(double coreSeconds) {
        String duration = Quantities.display(coreSeconds, Dimension.DURATION);
        int space = duration.indexOf(' ');
        String unit = switch (duration.substring(space + 1)) {
            case "ns" -> "core-nanoseconds";
            case "us" -> "core-microseconds";
            case "ms" -> "core-milliseconds";
            case "s" -> "core-seconds";
            case "min" -> "core-minutes";
            case "h" -> "core-hours";
            case "d" -> "core-days";
            default -> duration.substring(space + 1);
        };
        return coreSeconds == 0 ? "0 core-seconds" : duration.substring(0, space) + " " + unit;
    }

    /** @param written the result files, to say where they went (empty: none written) */
    public static void text(SimulationResult r, List<Path> written, PrintWriter out) {
        double movedBytes = r.migrations().stream().mapToDouble(m -> m.bytes()).sum();
        java.util.OptionalDouble meanDowntime = r.migrations().stream().filter(m -> m.outcome().equals("completed"))
                .mapToDouble(m -> m.downtime()).average();
        out.printf(Locale.ROOT, "Simulated %s of \"%s\" (policy %s, seed %d)%s%n",
                Quantities.display(r.simulatedTime(), Dimension.DURATION), r.scenario(), r.policy(), r.seed(),
                r.cancelled() ? " - cancelled" : "");
        out.printf(Locale.ROOT, "  migrations      %d (%d completed), %s moved, mean downtime %s%n",
                r.migrations().size(), r.completedMigrations(), Quantities.display(movedBytes, Dimension.SIZE),
                meanDowntime.isPresent() ? Quantities.display(meanDowntime.getAsDouble(), Dimension.DURATION)
                        : "none completed");
        out.printf(Locale.ROOT, "  energy          %.3f kWh (mean %s)%n", r.energy() / 3.6e6,
                Quantities.display(r.simulatedTime() > 0 ? r.energy() / r.simulatedTime() : 0, Dimension.POWER));
        out.printf(Locale.ROOT, "  mean CPU        %.1f %% of running hosts%n", 100 * r.meanUtilization());
        out.printf(Locale.ROOT, "  SLA violations  %d, %s of demand not served%n", r.violations().size(),
                coreTime(r.unservedCoreSeconds()));
        out.printf(Locale.ROOT, "  incidents       %d%n", r.incidents().size());
        out.printf(Locale.ROOT, "  events          %d in %.3f s wall (%.0f events/s)%n", r.events(), r.wallSeconds(),
                r.wallSeconds() > 0 ? r.events() / r.wallSeconds() : 0);
        if (!written.isEmpty()) {
            out.printf(Locale.ROOT, "  wrote %d file(s) to %s%n", written.size(), written.get(0).getParent());
        }
    }
}
