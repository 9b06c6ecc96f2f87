package org.clustercomposer.views.prediction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.scenario.DisplayNames;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * What dropping an SSI process group (an application on an SSI domain) on another member of its domain would cost:
 * the processes on the other members move to it by SSI process migration, one after another, each costed as
 * {@code migration-cost --method process} costs it ({@link ProcessMove}). Or why no process migration would run.
 *
 * @param processes how many processes the application has
 * @param groups    the processes that move, by the member they leave; empty when refused
 * @param refusal   why the drop is no process migration, or null; in the words the label shows
 * @param names     what the label calls the elements: the names the canvas draws
 */
public record ProcessMovePreview(String appId, String domainId, String to, int processes, List<Group> groups,
                                 String refusal, DisplayNames names) implements DragPreview {

    /** {@code count} processes leaving one member, each costing {@code move}. */
    public record Group(ProcessMove move, int count) {
    }

    public ProcessMovePreview {
        groups = List.copyOf(groups);
    }

    static ProcessMovePreview refused(String appId, String domainId, String to, int processes, String why,
                                      DisplayNames names) {
        return new ProcessMovePreview(appId, domainId, to, processes, List.of(), why, names);
    }

    @Override
    public boolean runs() {
        return refusal == null && !groups.isEmpty();
    }

    /** Processes that move. */
    public int moving() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    /** From the first freeze until the last process resumes: the moves one after another. */
    public double totalSeconds() {
        return groups.stream().mapToDouble(g -> g.count() * g.move().cost().totalSeconds()).sum();
    }

    /** Bytes all the moves send. */
    public double bytesSent() {
        return groups.stream().mapToDouble(g -> g.count() * g.move().cost().bytesSent()).sum();
    }

    @Override
    public List<String> path() {
        LinkedHashSet<String> links = new LinkedHashSet<>();
        groups.forEach(g -> links.addAll(g.move().path()));
        return List.copyOf(links);
    }

    /** A process migration sends its pages in one frozen pass: no chart. */
    @Override
    public List<Double> passBytes() {
        return List.of();
    }

    /** "process migration: 4 processes, total 54 ms, 80 MiB sent": what the undo step's name carries. */
    @Override
    public String summary() {
        if (!runs()) {
            return "refused: " + refusal;
        }
        return "process migration: " + moving() + (moving() == 1 ? " process" : " processes") + ", total "
                + duration(totalSeconds()) + ", " + size(bytesSent()) + " sent";
    }

    @Override
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (!runs()) {
            lines.add("No process migration of " + names.name(appId) + " to " + names.name(to));
            lines.add(refusal);
            return lines;
        }
        lines.add("SSI process migration · total " + duration(totalSeconds()));
        lines.add(moving() + " of " + processes + " processes move to " + names.name(to) + ", one after another");
        boolean several = groups.size() > 1;
        for (Group g : groups) {
            MigrationCost c = g.move().cost();
            lines.add((several ? "from " + names.name(g.move().from()) + ": " : "each ") + "frozen "
                    + duration(c.downtimeSeconds()) + " · " + size(c.bytesSent()) + " sent" + (several ? " × " + g.count() : "")
                    + ", " + way(g.move()));
        }
        ProcessMove first = groups.get(0).move();
        lines.add(String.format(Locale.ROOT, "remote paging: %.0f %% of its pages stay at %s, runs up to %.2f× slower",
                100 * first.remoteFraction(), several ? "the member each left" : names.name(first.from()), first.slowdown()));
        lines.add("data " + size(bytesSent()) + " sent in all");
        return lines;
    }

    // "at 1.25 GB/s via node-4 → rack-2 ToR → node-5", or a copy inside one host.
    private String way(ProcessMove m) {
        String bandwidth = Quantities.display(m.request().bandwidth(), Dimension.BANDWIDTH);
        return m.local() ? "inside " + names.name(m.fromHost()) + " at " + bandwidth + " (no link: both members on it)"
                : "at " + bandwidth + " via " + names.route(m.fromHost(), m.path());
    }

    private static String duration(double seconds) {
        return Quantities.display(seconds, Dimension.DURATION);
    }

    private static String size(double bytes) {
        return Quantities.display(bytes, Dimension.SIZE);
    }
}
