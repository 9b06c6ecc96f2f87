package org.clustercomposer.lesson.io;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clustercomposer.lesson.Check;
import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.lesson.LessonStep;
import org.clustercomposer.lesson.StudentAction;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/** Writes a lesson in the field order of docs/lessons.md; quantities with their units. */
final class LessonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LessonWriter() {
    }

    static String write(Lesson lesson) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", LessonFiles.FORMAT);
        root.put("version", LessonFiles.VERSION);
        root.put("id", lesson.id());
        root.put("title", lesson.title());
        if (!lesson.summary().isEmpty()) {
            root.put("summary", lesson.summary());
        }
        if (lesson.scenarioSource() != null) {
            root.put("scenario", lesson.scenarioSource());
        } else {
            try {
                root.set("scenario", MAPPER.readTree(ScenarioFiles.toJson(lesson.scenario())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ArrayNode steps = root.putArray("steps");
        for (LessonStep step : lesson.steps()) {
            ObjectNode s = steps.addObject();
            s.put("text", step.text());
            if (!step.highlight().isEmpty()) {
                ArrayNode h = s.putArray("highlight");
                step.highlight().forEach(h::add);
            }
            s.set("action", action(step.action()));
            s.set("check", check(step.check()));
            if (!step.hints().isEmpty()) {
                ArrayNode h = s.putArray("hints");
                step.hints().forEach(h::add);
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode action(StudentAction a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", a.key());
        if (a instanceof StudentAction.MoveVm m) {
            n.put("vm", m.vm()).put("to", m.to());
        } else if (a instanceof StudentAction.DrainHost d) {
            n.put("host", d.host());
        } else if (a instanceof StudentAction.SetLayer l) {
            n.put("layer", l.layer().key());
        } else if (a instanceof StudentAction.Select s) {
            ArrayNode ids = n.putArray("ids");
            s.ids().forEach(ids::add);
        } else if (a instanceof StudentAction.SetDirtyRate d) {
            n.put("vm", d.vm()).put("value", Quantities.format(d.bytesPerSecond(), Dimension.DATA_RATE));
        } else if (a instanceof StudentAction.PreviewMove p) {
            n.put("vm", p.vm());
        } else if (a instanceof StudentAction.OpenMigrationAnimation o) {
            n.put("vm", o.vm()).put("to", o.to());
        }
        return n;
    }

    private static ObjectNode check(Check c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", c.key());
        if (c instanceof Check.VmOn v) {
            n.put("vm", v.vm()).put("host", v.host());
        } else if (c instanceof Check.HostEmpty h) {
            n.put("host", h.host());
        } else if (c instanceof Check.LayerVisible l) {
            n.put("layer", l.layer().key());
        } else if (c instanceof Check.Selected s) {
            ArrayNode ids = n.putArray("ids");
            s.ids().forEach(ids::add);
        } else if (c instanceof Check.DirtyRate d) {
            n.put("vm", d.vm()).put("value", Quantities.format(d.bytesPerSecond(), Dimension.DATA_RATE))
                    .put("tolerance", d.tolerance());
        } else if (c instanceof Check.MigrationShown m) {
            n.put("vm", m.vm());
        } else if (c instanceof Check.SsiMember m) {
            n.put("ssi", m.ssi()).put("member", m.member());
        } else if (c instanceof Check.Answer a) {
            n.put("figure", a.number().figure().key());
            if (a.number().figure().isMigration()) {
                n.put("vm", a.number().vm()).put("to", a.number().to()).put("method", a.number().method().label());
            } else {
                n.put("ssi", a.number().vm());
            }
            n.put("tolerance", a.tolerance());
            if (a.unit() != null) {
                n.put("unit", a.unit());
            }
        } else if (c instanceof Check.All all) {
            ArrayNode list = n.putArray("checks");
            all.checks().forEach(x -> list.add(check(x)));
        }
        return n;
    }
}
