package org.clustercomposer.lesson.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.lesson.Check;
import org.clustercomposer.lesson.EngineNumber;
import org.clustercomposer.lesson.Layer;
import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.lesson.LessonStep;
import org.clustercomposer.lesson.StudentAction;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.io.FieldReader;
import org.clustercomposer.scenario.io.IoMessages;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.JsonPaths;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.Quote;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * Maps a lesson's JSON tree, recording a problem per missing, mistyped or unknown field, then checks
 * that every id a step names is an element of the right kind in the lesson's design.
 */
final class LessonReader {

    static final List<String> ACTIONS = List.of("read", "move-vm", "drain", "hide-layer", "show-layer", "select",
            "run-simulation", "set-dirty-rate", "preview-move", "answer", "open-migration-animation");
    static final List<String> CHECKS = List.of("none", "vm-on", "host-empty", "layer-hidden", "layer-shown", "selected",
            "simulation-run", "dirty-rate", "migration-shown", "ssi-member", "answer", "all");

    /** An id a step names, where, and the kinds it may be. */
    private record Reference(String path, String id, List<ElementKind> kinds) {
    }

    private final List<Problem> problems;
    private final LessonFiles.ScenarioSource scenarios;
    private final List<Reference> references = new ArrayList<>();

    LessonReader(List<Problem> problems, LessonFiles.ScenarioSource scenarios) {
        this.problems = problems;
        this.scenarios = scenarios;
    }

    Optional<Lesson> read(JsonNode root) {
        Optional<FieldReader> top = FieldReader.of(root, "", problems, "a lesson");
        if (top.isEmpty()) {
            return Optional.empty();
        }
        FieldReader r = top.get();
        String format = r.text("format");
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        if (!LessonFiles.FORMAT.equals(format)) {
            problems.add(new Problem("/format", "expected " + Quote.of(LessonFiles.FORMAT) + ", got " + Quote.of(format)
                    + (format.equals("cluster-composer-scenario") ? " (a scenario: open it with cluster-composer edit FILE)" : "")));
            return Optional.empty();
        }
        int version = r.wholeNumber("version");
        if (version > LessonFiles.VERSION) {
            problems.add(new Problem("/version", "version " + version + " is newer than this Cluster Composer reads ("
                    + LessonFiles.VERSION + ")"));
            return Optional.empty();
        }
        if (version < 1) {
            problems.add(new Problem("/version", "must be 1 or more, got " + version));
        }
        String id = r.text("id");
        if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problems.add(new Problem("/id", "must be lower-case letters, digits and dashes (at most 64), got " + Quote.of(id)));
        }
        String title = r.text("title");
        String summary = r.text("summary", "");
        String source = null;
        Scenario scenario = null;
        if (r.has("scenario") && root.get("scenario").isTextual()) {
            source = root.get("scenario").textValue();
            scenario = named(source);
        } else if (r.has("scenario") && root.get("scenario").isObject()) {
            scenario = embedded(root.get("scenario"));
        } else {
            problems.add(new Problem("/scenario", r.has("scenario")
                    ? "expected a sample's file name (\"ssi-over-vms.json\") or a scenario object"
                    : "missing; expected a sample's file name (\"ssi-over-vms.json\") or a scenario object"));
        }
        List<LessonStep> steps = r.array("steps", (node, path) -> step(node, path));
        if (r.has("steps") && root.get("steps").isArray() && root.get("steps").isEmpty()) {
            problems.add(new Problem("/steps", "a lesson needs at least one step"));
        } else if (!r.has("steps")) {
            problems.add(new Problem("/steps", "missing; expected an array of steps"));
        }
        r.finish();
        if (scenario != null) {
            checkReferences(scenario);
        }
        if (!problems.isEmpty() || scenario == null) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(id, title, summary, source, scenario, steps));
    }

    private Scenario named(String name) {
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            problems.add(new Problem("/scenario", "expected the file name of a design next to the lesson, got " + Quote.of(name)));
            return null;
        }
        try (InputStream in = scenarios.open(name)) {
            return ScenarioFiles.read(in, name);
        } catch (ScenarioFileException e) {
            e.problems().forEach(p -> problems.add(new Problem("/scenario", name + ": " + p.describe())));
        } catch (IOException e) {
            problems.add(new Problem("/scenario", "cannot read " + Quote.of(name) + ": " + IoMessages.describe(e)));
        }
        return null;
    }

    private Scenario embedded(JsonNode node) {
        try {
            return ScenarioFiles.read(node.toString());
        } catch (ScenarioFileException e) {
            e.problems().forEach(p -> problems.add(new Problem("/scenario" + p.path(), p.message())));
            return null;
        }
    }

    private Optional<LessonStep> step(JsonNode node, String path) {
        Optional<FieldReader> fr = FieldReader.of(node, path, problems, "a step");
        if (fr.isEmpty()) {
            return Optional.empty();
        }
        FieldReader r = fr.get();
        String text = r.text("text");
        List<String> highlight = r.has("highlight") ? r.texts("highlight") : List.of();
        for (int i = 0; i < highlight.size(); i++) {
            references.add(new Reference(JsonPaths.index(JsonPaths.field(path, "highlight"), i), highlight.get(i), List.of()));
        }
        Optional<StudentAction> action = r.object("action", "an action").flatMap(this::action);
        if (!r.has("action")) {
            problems.add(new Problem(JsonPaths.field(path, "action"), "missing; expected an action such as {\"kind\": \"read\"}"));
        }
        Optional<Check> check = r.object("check", "a check").flatMap(this::check);
        if (!r.has("check")) {
            problems.add(new Problem(JsonPaths.field(path, "check"), "missing; expected a check such as {\"kind\": \"none\"}"));
        }
        List<String> hints = r.has("hints") ? r.texts("hints", "hint") : List.of();
        r.finish();
        if (action.isEmpty() || check.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LessonStep(text, highlight, action.get(), check.get(), hints));
    }

    private Optional<StudentAction> action(FieldReader r) {
        String kind = r.text("kind");
        StudentAction a = switch (kind) {
            case "read" -> new StudentAction.Read();
            case "move-vm" -> new StudentAction.MoveVm(id(r, "vm", ElementKind.VM), id(r, "to", ElementKind.HOST));
            case "drain" -> new StudentAction.DrainHost(id(r, "host", ElementKind.HOST));
            case "hide-layer", "show-layer" -> layer(r).map(l -> new StudentAction.SetLayer(l, kind.equals("show-layer")))
                    .orElse(null);
            case "select" -> new StudentAction.Select(ids(r, "ids"));
            case "run-simulation" -> new StudentAction.RunSimulation();
            case "set-dirty-rate" -> new StudentAction.SetDirtyRate(id(r, "vm", ElementKind.VM),
                    r.quantity("value", Dimension.DATA_RATE));
            case "preview-move" -> new StudentAction.PreviewMove(id(r, "vm", ElementKind.VM));
            case "answer" -> new StudentAction.Answer();
            case "open-migration-animation" -> new StudentAction.OpenMigrationAnimation(id(r, "vm", ElementKind.VM),
                    id(r, "to", ElementKind.HOST));
            default -> unknown(r, kind, ACTIONS, "action");
        };
        r.finish();
        return Optional.ofNullable(a);
    }

    private Optional<Check> check(FieldReader r) {
        String kind = r.text("kind");
        Check c = switch (kind) {
            case "none" -> new Check.Always();
            case "vm-on" -> new Check.VmOn(id(r, "vm", ElementKind.VM), id(r, "host", ElementKind.HOST));
            case "host-empty" -> new Check.HostEmpty(id(r, "host", ElementKind.HOST));
            case "layer-hidden", "layer-shown" -> layer(r).map(l -> new Check.LayerVisible(l, kind.equals("layer-shown")))
                    .orElse(null);
            case "selected" -> new Check.Selected(ids(r, "ids"));
            case "simulation-run" -> new Check.SimulationRun();
            case "dirty-rate" -> new Check.DirtyRate(id(r, "vm", ElementKind.VM), r.quantity("value", Dimension.DATA_RATE),
                    tolerance(r, 0.05));
            case "migration-shown" -> new Check.MigrationShown(id(r, "vm", ElementKind.VM));
            case "ssi-member" -> new Check.SsiMember(id(r, "ssi", ElementKind.SSI_DOMAIN), id(r, "member"));
            case "answer" -> answer(r);
            case "all" -> new Check.All(r.array("checks", (node, path) -> FieldReader.of(node, path, problems, "a check")
                    .flatMap(this::check)));
            default -> unknown(r, kind, CHECKS, "check");
        };
        r.finish();
        return Optional.ofNullable(c);
    }

    private Check answer(FieldReader r) {
        String figureKey = r.text("figure");
        Optional<EngineNumber.Figure> figure = EngineNumber.Figure.of(figureKey);
        if (figure.isEmpty()) {
            problems.add(new Problem(JsonPaths.field(r.path(), "figure"), "unknown figure " + Quote.of(figureKey)
                    + "; expected one of " + Arrays.stream(EngineNumber.Figure.values()).map(EngineNumber.Figure::key)
                    .collect(Collectors.joining(", "))));
            return null;
        }
        boolean migration = figure.get().isMigration();
        String vm = migration ? id(r, "vm", ElementKind.VM) : id(r, "ssi", ElementKind.SSI_DOMAIN);
        String to = migration ? id(r, "to", ElementKind.HOST) : null;
        MigrationMethod method = MigrationMethod.PRE_COPY;
        if (migration && r.has("method")) {
            String m = r.text("method");
            method = Arrays.stream(MigrationMethod.values()).filter(x -> x.label().equals(m)).findFirst().orElse(null);
            if (method == null) {
                problems.add(new Problem(JsonPaths.field(r.path(), "method"), "unknown method " + Quote.of(m)
                        + "; expected pre-copy, post-copy, cold or block"));
                return null;
            }
        }
        double tolerance = tolerance(r, figure.get().dimension() == null ? 0 : 0.1);
        String unit = r.has("unit") ? r.text("unit") : null;
        if (unit != null && figure.get().dimension() == null) {
            problems.add(new Problem(JsonPaths.field(r.path(), "unit"), "a count has no unit"));
        } else if (unit != null) {
            try {
                Quantities.parseWithUnit("1 " + unit, figure.get().dimension());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(JsonPaths.field(r.path(), "unit"), e.getMessage()));
            }
        }
        return new Check.Answer(new EngineNumber(figure.get(), vm, to, method), tolerance, unit);
    }

    private double tolerance(FieldReader r, double fallback) {
        double t = r.number("tolerance", fallback);
        if (t < 0 || t >= 1) {
            problems.add(new Problem(JsonPaths.field(r.path(), "tolerance"),
                    "a relative tolerance from 0 to below 1 (0.1 = within 10 %), got " + t));
        }
        return t;
    }

    private Optional<Layer> layer(FieldReader r) {
        String key = r.text("layer");
        Optional<Layer> l = Layer.of(key);
        if (l.isEmpty() && !key.isEmpty()) {
            problems.add(new Problem(JsonPaths.field(r.path(), "layer"), "unknown layer " + Quote.of(key)
                    + "; expected one of " + Arrays.stream(Layer.values()).map(Layer::key).collect(Collectors.joining(", "))));
        }
        return l;
    }

    private String id(FieldReader r, String field, ElementKind... kinds) {
        String id = r.text(field);
        if (!id.isEmpty()) {
            references.add(new Reference(JsonPaths.field(r.path(), field), id, List.of(kinds)));
        }
        return id;
    }

    private List<String> ids(FieldReader r, String field) {
        List<String> ids = r.texts(field);
        for (int i = 0; i < ids.size(); i++) {
            references.add(new Reference(JsonPaths.index(JsonPaths.field(r.path(), field), i), ids.get(i), List.of()));
        }
        return ids;
    }

    private <T> T unknown(FieldReader r, String kind, List<String> known, String what) {
        if (!kind.isEmpty()) {
            problems.add(new Problem(JsonPaths.field(r.path(), "kind"), "unknown " + what + " " + Quote.of(kind)
                    + "; expected one of " + String.join(", ", known)));
        }
        // The other fields of an unknown kind are not reported as unknown: the kind is the mistake.
        r.has("vm");
        r.has("to");
        r.has("host");
        r.has("layer");
        r.has("ids");
        r.has("value");
        return null;
    }

    private void checkReferences(Scenario s) {
        for (Reference ref : references) {
            Optional<ElementKind> kind = s.kindOf(ref.id());
            if (kind.isEmpty()) {
                problems.add(new Problem(ref.path(), "no element has id " + Quote.of(ref.id()) + " in the lesson's design"));
            } else if (!ref.kinds().isEmpty() && !ref.kinds().contains(kind.get())) {
                problems.add(new Problem(ref.path(), Quote.of(ref.id()) + " is " + kind.get().withArticle() + ", expected "
                        + ref.kinds().stream().map(ElementKind::withArticle).collect(Collectors.joining(" or "))));
            }
        }
    }
}
