package org.clustercomposer.views.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clustercomposer.analysis.evacuation.MoveCost;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.scenario.DisplayNames;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * What moving one VM to a host would cost, predicted before the drop by the analytical engine on
 * the scenario's links (the same computation as {@code cluster-composer drain}), or why it would
 * not run.
 *
 * @param cost    the move's cost on its path, or null when it is refused
 * @param refusal why the move cannot run (no room, not connected), or null; in the words the label shows
 * @param names   what the label calls the elements: the names the canvas draws
 */
public record MovePreview(String vmId, String from, String to, MigrationMethod method, MoveCost cost, String refusal,
                          DisplayNames names) implements DragPreview {

    @Override
    public boolean runs() {
        return cost != null;
    }

    @Override
    public List<String> path() {
        return cost == null ? List.of() : cost.path();
    }

    @Override
    public List<Double> passBytes() {
        return cost == null ? List.of() : cost.cost().roundBytes();
    }

    /** "pre-copy: 12.3 s, downtime 45 ms, 8.2 GiB sent": what the undo step's name carries. */
    @Override
    public String summary() {
        if (cost == null) {
            return "refused: " + refusal;
        }
        MigrationCost c = cost.cost();
        return method.label() + ": " + duration(c.totalSeconds()) + ", downtime " + duration(c.downtimeSeconds()) + ", "
                + Quantities.display(c.bytesSent(), Dimension.SIZE) + " sent";
    }

    /** The lines of the ghost label: what, how long, how much, which way. */
    @Override
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (cost == null) {
            lines.add("Cannot move " + names.name(vmId) + " to " + names.name(to) + " (" + method.label() + ")");
            lines.add(refusal);
            return lines;
        }
        MigrationCost c = cost.cost();
        lines.add(method.label() + " migration · total " + duration(c.totalSeconds()));
        lines.add("downtime " + duration(c.downtimeSeconds()) + " · " + Quantities.display(c.bytesSent(), Dimension.SIZE)
                + " sent");
        lines.add(passes(c) + " · " + (c.converged() ? "converged" : "not converged (forced stop)"));
        lines.add("at " + Quantities.display(cost.bandwidth(), Dimension.BANDWIDTH) + " via " + names.route(from,
                cost.path()));
        return lines;
    }

    /**
     * "3 live copy passes + the pause (5 dirty-log syncs)": the chart's bars are the passes ({@link MigrationCost#roundBytes},
     * the paused copy last); QEMU's model counts its rounds in dirty-log syncs, which is said beside them when it does.
     */
    public static String passes(MigrationCost c) {
        int passes = c.roundBytes().size();
        String text = passes <= 1 ? "one pass" : (passes - 1) + (passes == 2 ? " live copy pass" : " live copy passes")
                + " + the pause";
        return c.explanation().inputs().stream().filter(i -> i.name().equals(DIRTY_LOG_SYNCS)).findFirst()
                .map(i -> text + " (" + Math.round(i.value()) + " dirty-log syncs)").orElse(text);
    }

    /** The input QEMU's pre-copy model counts its rounds in. */
    static final String DIRTY_LOG_SYNCS = "dirty-log syncs";

    private static String duration(double seconds) {
        return Quantities.display(seconds, Dimension.DURATION);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s -> %s: %s", method.label(), vmId, to, summary());
    }
}
