package org.clustercomposer.lesson;

import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.units.Dimension;

/**
 * What a step asks the student to do. The lesson panel's "Show me" performs it the way the student
 * would (the same editing commands, menus and dialogs), so a lesson can be played to its end.
 */
public sealed interface StudentAction {

    /** The name in a lesson file: "move-vm". */
    String key();

    /** The task in words, with the names the canvas shows: "Drag a-node-3 onto xen-2". */
    String describe(Scenario s);

    /** Nothing to do but read (and press Check). */
    record Read() implements StudentAction {
        public String key() {
            return "read";
        }

        public String describe(Scenario s) {
            return "Read, then press Check";
        }
    }

    /** Drag a VM onto a host (a live migration). */
    record MoveVm(String vm, String to) implements StudentAction {
        public String key() {
            return "move-vm";
        }

        public String describe(Scenario s) {
            return "Drag " + LessonText.name(s, vm) + " onto " + LessonText.name(s, to);
        }
    }

    /** Edit › Drain… a host: move every VM off it. */
    record DrainHost(String host) implements StudentAction {
        public String key() {
            return "drain";
        }

        public String describe(Scenario s) {
            return "Select " + LessonText.name(s, host) + ", then Edit › Drain… and Apply plan";
        }
    }

    /** View › Layers: hide or show one layer. */
    record SetLayer(Layer layer, boolean visible) implements StudentAction {
        public String key() {
            return visible ? "show-layer" : "hide-layer";
        }

        public String describe(Scenario s) {
            return (visible ? "Show" : "Hide") + " the " + layer.label() + " layer (View › Layers › " + layer.label() + ")";
        }
    }

    /** Select elements on the canvas. */
    record Select(List<String> ids) implements StudentAction {
        public Select {
            ids = List.copyOf(ids);
        }

        public String key() {
            return "select";
        }

        public String describe(Scenario s) {
            return "Select " + String.join(" and ", ids.stream().map(id -> LessonText.name(s, id)).toList());
        }
    }

    /** Simulate › Run (F5). */
    record RunSimulation() implements StudentAction {
        public String key() {
            return "run-simulation";
        }

        public String describe(Scenario s) {
            return "Run the simulation (Simulate › Run, F5)";
        }
    }

    /** Change a VM's dirty rate in the property sheet. */
    record SetDirtyRate(String vm, double bytesPerSecond) implements StudentAction {
        public String key() {
            return "set-dirty-rate";
        }

        public String describe(Scenario s) {
            return "Set the dirty rate of " + LessonText.name(s, vm) + " to "
                    + LessonText.number(bytesPerSecond, Dimension.DATA_RATE) + " (property sheet, Workload)";
        }
    }

    /** Edit › Migrate to… a VM: every host's predicted migration cost on screen. */
    record PreviewMove(String vm) implements StudentAction {
        public String key() {
            return "preview-move";
        }

        public String describe(Scenario s) {
            return "Select " + LessonText.name(s, vm) + ", then Edit › Migrate to… to see each host's predicted cost";
        }
    }

    /** Type a number into the lesson's answer field. */
    record Answer() implements StudentAction {
        public String key() {
            return "answer";
        }

        public String describe(Scenario s) {
            return "Type your answer below, then press Check";
        }
    }

    /**
     * Watch a VM's pre-copy migration animated. The animation is built on another branch; until it
     * is there, the panel says so and the step's check decides alone.
     */
    record OpenMigrationAnimation(String vm, String to) implements StudentAction {
        public String key() {
            return "open-migration-animation";
        }

        public String describe(Scenario s) {
            return "Watch " + LessonText.name(s, vm) + " migrate to " + LessonText.name(s, to) + " (migration animation)";
        }
    }
}
