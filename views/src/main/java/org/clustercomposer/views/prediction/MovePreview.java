package org.clustercomposer.views.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clustercomposer.analysis.evacuation.MoveCost;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * What moving one VM to a host would cost, predicted before the drop by the analytical engine on
 * the scenario's links (the same computation as {@code cluster-composer drain}), or why it would
 * not run.
 *
 * @param cost    the move's cost on its path, or null when it is refused
 * @param refusal why the move cannot run (no room, not connected), or null
 */
public record MovePreview(String vmId, String from, String to, MigrationMethod method, MoveCost cost, String refusal) {

    public boolean runs() {
        return cost != null;
    }

    /** "pre-copy: 12.3 s, downtime 45 ms, 8.2 GiB sent": what the undo step's name carries. */
    public String summary() {
        if (cost == null) {
            return "refused: " + refusal;
        }
        MigrationCost c = cost.cost();
        return method.label() + ": " + duration(c.totalSeconds()) + ", downtime " + duration(c.downtimeSeconds()) + ", "
                + Quantities.display(c.bytesSent(), Dimension.SIZE) + " sent";
    }

    /** The lines of the ghost label: what, how long, how much, which way. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (cost == null) {
            lines.add("Cannot move " + vmId + " to " + to + " (" + method.label() + ")");
            lines.add(refusal);
            return lines;
        }
        MigrationCost c = cost.cost();
        lines.add(method.label() + " migration · total " + duration(c.totalSeconds()));
        lines.add("downtime " + duration(c.downtimeSeconds()) + " · " + Quantities.display(c.bytesSent(), Dimension.SIZE)
                + " sent");
        lines.add(c.rounds() + (c.rounds() == 1 ? " round · " : " rounds · ")
                + (c.converged() ? "converged" : "not converged (forced stop)"));
        lines.add("at " + Quantities.display(cost.bandwidth(), Dimension.BANDWIDTH) + " via " + String.join(" → ",
                cost.path()));
        return lines;
    }

    private static String duration(double seconds) {
        return Quantities.display(seconds, Dimension.DURATION);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s -> %s: %s", method.label(), vmId, to, summary());
    }
}
