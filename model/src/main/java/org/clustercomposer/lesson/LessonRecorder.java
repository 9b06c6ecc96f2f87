package org.clustercomposer.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.units.Dimension;

/**
 * A teacher records a lesson on the design as it is when recording starts: each step is the current
 * selection (highlighted), a text and a check chosen among those the editor's state suggests.
 */
public final class LessonRecorder {

    private final Scenario start;
    private final List<LessonStep> steps = new ArrayList<>();

    public LessonRecorder(Scenario start) {
        this.start = start;
    }

    /** The design the lesson will start from. */
    public Scenario start() {
        return start;
    }

    public List<LessonStep> steps() {
        return List.copyOf(steps);
    }

    /**
     * Checks that hold now and would tell a student's work apart: where the selected VMs are, that a
     * selected host is empty, the hidden layers, a finished run, Migrate to… on screen, and questions
     * on the selection answered by the engine at check time. "Read only" comes first.
     */
    public static List<Check> suggestions(LessonState state) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check.Always());
        Scenario s = state.scenario();
        for (String id : state.selection()) {
            ElementKind kind = s.kindOf(id).orElse(null);
            if (kind == ElementKind.VM) {
                Vm vm = s.vm(id).orElseThrow();
                checks.add(new Check.VmOn(id, vm.placedOn()));
                checks.add(new Check.DirtyRate(id, vm.workload().dirtyRate(), 0.05));
                String other = s.hosts().stream().map(h -> h.id()).filter(h -> !h.equals(vm.placedOn())).findFirst()
                        .orElse(null);
                if (other != null && s.kindOf(vm.placedOn()).orElse(null) == ElementKind.HOST) {
                    checks.add(new Check.Answer(new EngineNumber(EngineNumber.Figure.MIGRATION_DOWNTIME, id, other,
                            MigrationMethod.PRE_COPY), 0.1, "ms"));
                }
            } else if (kind == ElementKind.HOST && s.vms().stream().noneMatch(v -> id.equals(v.placedOn()))) {
                checks.add(new Check.HostEmpty(id));
            } else if (kind == ElementKind.SSI_DOMAIN) {
                checks.add(new Check.Answer(new EngineNumber(EngineNumber.Figure.SSI_MEMBERS, id, null,
                        MigrationMethod.PRE_COPY), 0, null));
            }
        }
        if (!state.selection().isEmpty()) {
            checks.add(new Check.Selected(List.copyOf(state.selection())));
        }
        for (Layer l : state.hiddenLayers()) {
            checks.add(new Check.LayerVisible(l, false));
        }
        if (state.simulated() != null && state.simulated().sameExceptLayout(s)) {
            checks.add(new Check.SimulationRun());
        }
        if (state.migrationShown() != null) {
            checks.add(new Check.MigrationShown(state.migrationShown()));
        }
        return checks;
    }

    /** A check in words, for the recorder's choice list. */
    public static String describe(Check c, Scenario s) {
        if (c instanceof Check.VmOn v) {
            return LessonText.name(s, v.vm()) + " is on " + LessonText.name(s, v.host());
        } else if (c instanceof Check.HostEmpty h) {
            return LessonText.name(s, h.host()) + " holds no VM";
        } else if (c instanceof Check.LayerVisible l) {
            return "The " + l.layer().label() + " layer is " + (l.visible() ? "shown" : "hidden");
        } else if (c instanceof Check.Selected sel) {
            return "Selected: " + String.join(", ", sel.ids().stream().map(i -> LessonText.name(s, i)).toList());
        } else if (c instanceof Check.SimulationRun) {
            return "The simulation ran on the design";
        } else if (c instanceof Check.DirtyRate d) {
            return LessonText.name(s, d.vm()) + " dirties " + LessonText.number(d.bytesPerSecond(), Dimension.DATA_RATE);
        } else if (c instanceof Check.MigrationShown m) {
            return "Migrate to… is open for " + LessonText.name(s, m.vm());
        } else if (c instanceof Check.SsiMember m) {
            return LessonText.name(s, m.member()) + " is still a node of " + LessonText.name(s, m.ssi());
        } else if (c instanceof Check.Answer a) {
            return "Answer: " + a.number().describe(s) + " (the engine's number, within "
                    + Math.round(a.tolerance() * 100) + " %)";
        } else if (c instanceof Check.All all) {
            return all.checks().size() + " checks";
        }
        return "Read only (no check)";
    }

    /** Adds a step: the selection highlighted, the text, the check and the action it implies. */
    public LessonStep addStep(String text, Set<String> selection, Check check, List<String> hints) {
        LessonStep step = new LessonStep(text, List.copyOf(selection), check.suggestedAction(), check, hints);
        steps.add(step);
        return step;
    }

    /** The lesson so far, holding its design (it is not a shipped sample). */
    public Lesson finish(String id, String title, String summary) {
        if (steps.isEmpty()) {
            throw new IllegalStateException("add at least one step first");
        }
        return new Lesson(id, title, summary, null, start, steps);
    }
}
