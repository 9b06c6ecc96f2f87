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

    /** @param written the result files, to say where they went (empty: none written) */
    public static void text(SimulationResult r, List<Path> written, PrintWriter out) {
        double movedBytes = r.migrations().stream().mapToDouble(m -> m.bytes()).sum();
        double meanDowntime = r.migrations().stream().filter(m -> m.outcome().equals("completed"))
                .mapToDouble(m -> m.downtime()).average().orElse(0);
        out.printf(Locale.ROOT, "Simulated %s of \"%s\" (policy %s, seed %d)%s%n",
                Quantities.display(r.simulatedTime(), Dimension.DURATION), r.scenario(), r.policy(), r.seed(),
                r.cancelled() ? " - cancelled" : "");
        out.printf(Locale.ROOT, "  migrations      %d (%d completed), %s moved, mean downtime %s%n",
                r.migrations().size(), r.completedMigrations(), Quantities.display(movedBytes, Dimension.SIZE),
                Quantities.display(meanDowntime, Dimension.DURATION));
        out.printf(Locale.ROOT, "  energy          %.3f kWh (mean %s)%n", r.energy() / 3.6e6,
                Quantities.display(r.simulatedTime() > 0 ? r.energy() / r.simulatedTime() : 0, Dimension.POWER));
        out.printf(Locale.ROOT, "  mean CPU        %.1f %% of running hosts%n", 100 * r.meanUtilization());
        out.printf(Locale.ROOT, "  SLA violations  %d, %.2f core-hours of demand not served%n", r.violations().size(),
                r.unservedCoreSeconds() / 3600);
        out.printf(Locale.ROOT, "  incidents       %d%n", r.incidents().size());
        out.printf(Locale.ROOT, "  events          %d in %.3f s wall (%.0f events/s)%n", r.events(), r.wallSeconds(),
                r.wallSeconds() > 0 ? r.events() / r.wallSeconds() : 0);
        if (!written.isEmpty()) {
            out.printf(Locale.ROOT, "  wrote %d file(s) to %s%n", written.size(), written.get(0).getParent());
        }
    }
}
