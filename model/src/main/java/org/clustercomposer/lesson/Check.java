package org.clustercomposer.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.VmState;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * What the tool verifies before a step counts as done, on the editor's state at the moment the
 * student presses Check. Numbers are the engine's, computed then (see {@link EngineNumber}).
 */
public sealed interface Check {

    /** The name in a lesson file: "vm-on". */
    String key();

    CheckResult verify(LessonState state);

    /** The action a recorded step with this check asks for (lesson authoring). */
    StudentAction suggestedAction();

    /** Passes at once: a step to read. */
    record Always() implements Check {
        public String key() {
            return "none";
        }

        public CheckResult verify(LessonState state) {
            return CheckResult.pass("Read: go on when ready");
        }

        public StudentAction suggestedAction() {
            return new StudentAction.Read();
        }
    }

    /** The VM runs on the host. */
    record VmOn(String vm, String host) implements Check {
        public String key() {
            return "vm-on";
        }

        public CheckResult verify(LessonState state) {
            Scenario s = state.scenario();
            Optional<Vm> v = s.vm(vm);
            if (v.isEmpty()) {
                return CheckResult.fail("There is no VM " + vm + " in the design any more");
            }
            String on = v.get().placedOn();
            return host.equals(on) ? CheckResult.pass(LessonText.name(s, vm) + " runs on " + LessonText.name(s, host))
                    : CheckResult.fail(LessonText.name(s, vm) + " is on " + LessonText.name(s, on) + ", not on "
                            + LessonText.name(s, host));
        }

        public StudentAction suggestedAction() {
            return new StudentAction.MoveVm(vm, host);
        }
    }

    /** No VM is placed on the host. */
    record HostEmpty(String host) implements Check {
        public String key() {
            return "host-empty";
        }

        public CheckResult verify(LessonState state) {
            Scenario s = state.scenario();
            long left = s.vms().stream().filter(v -> host.equals(v.placedOn())).count();
            return left == 0 ? CheckResult.pass(LessonText.name(s, host) + " holds no VM")
                    : CheckResult.fail(LessonText.name(s, host) + " still holds " + left + (left == 1 ? " VM" : " VMs"));
        }

        public StudentAction suggestedAction() {
            return new StudentAction.DrainHost(host);
        }
    }

    /** A layer is shown or hidden. */
    record LayerVisible(Layer layer, boolean visible) implements Check {
        public String key() {
            return visible ? "layer-shown" : "layer-hidden";
        }

        public CheckResult verify(LessonState state) {
            boolean shown = !state.hiddenLayers().contains(layer);
            return shown == visible ? CheckResult.pass("The " + layer.label() + " layer is " + (visible ? "shown" : "hidden"))
                    : CheckResult.fail("The " + layer.label() + " layer is still " + (shown ? "shown" : "hidden"));
        }

        public StudentAction suggestedAction() {
            return new StudentAction.SetLayer(layer, visible);
        }
    }

    /** Exactly these elements are selected. */
    record Selected(List<String> ids) implements Check {
        public Selected {
            ids = List.copyOf(ids);
        }

        public String key() {
            return "selected";
        }

        public CheckResult verify(LessonState state) {
            Scenario s = state.scenario();
            String names = String.join(", ", ids.stream().map(id -> LessonText.name(s, id)).toList());
            return state.selection().equals(Set.copyOf(ids)) ? CheckResult.pass("Selected: " + names)
                    : CheckResult.fail("Select " + names + " (and nothing else)");
        }

        public StudentAction suggestedAction() {
            return new StudentAction.Select(ids);
        }
    }

    /** A simulation run finished on the design as it is now. */
    record SimulationRun() implements Check {
        public String key() {
            return "simulation-run";
        }

        public CheckResult verify(LessonState state) {
            if (state.simulated() == null) {
                return CheckResult.fail("No simulation has run yet (Simulate › Run, F5); wait for the results");
            }
            return state.simulated().sameExceptLayout(state.scenario()) ? CheckResult.pass("The simulation ran on this design")
                    : CheckResult.fail("The design changed since the last run: run the simulation again");
        }

        public StudentAction suggestedAction() {
            return new StudentAction.RunSimulation();
        }
    }

    /** A VM's dirty rate is within a relative tolerance of a value. */
    record DirtyRate(String vm, double bytesPerSecond, double tolerance) implements Check {
        public String key() {
            return "dirty-rate";
        }

        public CheckResult verify(LessonState state) {
            Scenario s = state.scenario();
            Optional<Vm> v = s.vm(vm);
            if (v.isEmpty()) {
                return CheckResult.fail("There is no VM " + vm + " in the design any more");
            }
            double now = v.get().workload().dirtyRate();
            String want = LessonText.number(bytesPerSecond, Dimension.DATA_RATE);
            return Math.abs(now - bytesPerSecond) <= tolerance * bytesPerSecond + 1e-9
                    ? CheckResult.pass(LessonText.name(s, vm) + " dirties " + want)
                    : CheckResult.fail(LessonText.name(s, vm) + " dirties " + LessonText.number(now, Dimension.DATA_RATE)
                            + "; set it to " + want);
        }

        public StudentAction suggestedAction() {
            return new StudentAction.SetDirtyRate(vm, bytesPerSecond);
        }
    }

    /** The predicted migration costs of a VM (Migrate to…) were shown during this step. */
    record MigrationShown(String vm) implements Check {
        public String key() {
            return "migration-shown";
        }

        public CheckResult verify(LessonState state) {
            String name = LessonText.name(state.scenario(), vm);
            return vm.equals(state.migrationShown()) ? CheckResult.pass("The predicted costs of moving " + name + " are shown")
                    : CheckResult.fail("Open Edit › Migrate to… for " + name + " first (read it, close it, then Check)");
        }

        public StudentAction suggestedAction() {
            return new StudentAction.PreviewMove(vm);
        }
    }

    /** A node is still a running member of an SSI domain: the SSI did not lose it. */
    record SsiMember(String ssi, String member) implements Check {
        public String key() {
            return "ssi-member";
        }

        public CheckResult verify(LessonState state) {
            Scenario s = state.scenario();
            Optional<SsiDomain> d = s.ssiDomain(ssi);
            if (d.isEmpty()) {
                return CheckResult.fail("There is no SSI domain " + ssi + " any more");
            }
            String who = LessonText.name(s, member);
            if (!d.get().members().contains(member)) {
                return CheckResult.fail(who + " is no longer a node of " + LessonText.name(s, ssi));
            }
            Optional<Vm> v = s.vm(member);
            if (v.isPresent() && v.get().state() != VmState.RUNNING) {
                return CheckResult.fail(who + " is not running");
            }
            return CheckResult.pass(who + " is still a node of " + LessonText.name(s, ssi));
        }

        public StudentAction suggestedAction() {
            return new StudentAction.Read();
        }
    }

    /**
     * A typed answer within a relative tolerance of the engine's number, computed now. A bare number
     * is read in {@code unit} ("ms"); a number with a unit in any unit of the figure's dimension.
     */
    record Answer(EngineNumber number, double tolerance, String unit) implements Check {
        public String key() {
            return "answer";
        }

        public CheckResult verify(LessonState state) {
            Scenario s = state.scenario();
            EngineNumber.Value expected = number.compute(s);
            if (!expected.present()) {
                return CheckResult.fail("The engine has no answer for " + number.describe(s) + ": " + expected.missing());
            }
            String typed = state.answer().trim();
            if (typed.isEmpty()) {
                return CheckResult.fail("Type " + number.describe(s) + " in the answer field");
            }
            double given;
            try {
                given = read(typed);
            } catch (IllegalArgumentException e) {
                return CheckResult.fail("\"" + typed + "\" is not " + (number.figure().dimension() == null ? "a number"
                        : number.figure().dimension().example()) + ": " + e.getMessage());
            }
            double e = expected.value();
            String engine = LessonText.number(e, number.figure().dimension());
            if (Math.abs(given - e) <= tolerance * Math.abs(e) + 1e-12) {
                return CheckResult.pass("Right: the engine predicts " + engine + " for " + number.describe(s));
            }
            return CheckResult.fail(String.format(Locale.ROOT, "Not quite: %s is %s the engine's number (within %.0f %%)",
                    typed, given < e ? "below" : "above", tolerance * 100));
        }

        /** The typed text as a number in SI base units (or a count). */
        double read(String typed) {
            Dimension d = number.figure().dimension();
            try {
                double bare = Double.parseDouble(typed);
                if (!Double.isFinite(bare)) {
                    throw new IllegalArgumentException("not a finite number");
                }
                return d == null || unit == null ? bare : bare * Quantities.parseWithUnit("1 " + unit, d);
            } catch (NumberFormatException e) {
                if (d == null) {
                    throw new IllegalArgumentException("type a plain number");
                }
                return Quantities.parseWithUnit(typed, d);
            }
        }

        /** The engine's number as a student would type it (the panel's "Show me"). */
        public String typedAnswer(Scenario s) {
            EngineNumber.Value v = number.compute(s);
            if (!v.present()) {
                return "";
            }
            Dimension d = number.figure().dimension();
            if (d == null) {
                return LessonText.number(v.value(), null);
            }
            double inUnit = unit == null ? v.value() : v.value() / Quantities.parseWithUnit("1 " + unit, d);
            return String.format(Locale.ROOT, "%.6g", inUnit) + (unit == null ? "" : " " + unit);
        }

        public StudentAction suggestedAction() {
            return new StudentAction.Answer();
        }
    }

    /** Every check passes. */
    record All(List<Check> checks) implements Check {
        public All {
            checks = List.copyOf(checks);
        }

        public String key() {
            return "all";
        }

        public CheckResult verify(LessonState state) {
            StringBuilder passed = new StringBuilder();
            for (Check c : checks) {
                CheckResult r = c.verify(state);
                if (!r.passed()) {
                    return r;
                }
                passed.append(passed.length() == 0 ? "" : "; ").append(r.message());
            }
            return CheckResult.pass(passed.toString());
        }

        public StudentAction suggestedAction() {
            return checks.isEmpty() ? new StudentAction.Read() : checks.get(0).suggestedAction();
        }
    }
}
