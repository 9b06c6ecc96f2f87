package org.clustercomposer.views.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.scene.paint.Color;

import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.DiagramRenderer;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.canvas.Painter;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.SsiColours;
import org.clustercomposer.views.prediction.ElementLoad;

/**
 * Draws the stack view through the same {@link Painter} as the topology canvas (so the PNG and SVG
 * exports reuse it), only what intersects the visible rectangle. Load colours come from the
 * frame's loads, the one colouring source both views share.
 */
public final class StackRenderer {

    /** Everything one frame depends on; {@code related} are highlighted more softly than the selection. */
    public record Frame(StackGeometry geometry, Map<String, ElementLoad> loads, Set<String> selection,
                        Set<String> related, LayerVisibility layers, CanvasTheme theme, Rect visible, double scale,
                        String dropTarget) {
    }

    private StackRenderer() {
    }

    public static void draw(Frame f, Painter p) {
        StackGeometry g = f.geometry();
        boolean text = f.scale() >= DiagramRenderer.TEXT_SCALE;
        if (text) {
            drawRowLabels(f, p);
        }
        if (f.dropTarget() != null && g.columns().containsKey(f.dropTarget())) {
            StackGeometry.Column c = g.columns().get(f.dropTarget());
            Rect column = new Rect(c.x() - 4, g.bounds().y(), c.width() + 8, -g.bounds().y() + 4);
            p.fillRoundRect(column, 10, f.theme().selection().deriveColor(0, 1, 1, 0.08));
            p.strokeRoundRect(column, 10, f.theme().selection(), 2.5, true);
        }
        if (!text) {
            drawFar(f, p);
            return;
        }
        if (f.layers().hardware()) {
            g.hardware().values().stream().filter(b -> b.rect().intersects(f.visible())).forEach(b -> drawHardware(f, p, b, text));
            g.hypervisors().values().stream().filter(b -> b.rect().intersects(f.visible()))
                    .forEach(b -> drawHypervisor(f, p, b, text));
        }
        if (f.layers().ssi()) {
            g.bands().values().stream().filter(b -> b.span().grow(4).intersects(f.visible()) || b.labelInMargin())
                    .forEach(b -> drawBand(f, p, b, text));
        }
        if (f.layers().vms()) {
            g.vms().values().stream().filter(b -> b.rect().intersects(f.visible())).forEach(b -> drawVm(f, p, b, text));
        }
        if (f.layers().applications()) {
            g.applications().values().stream().filter(b -> b.rect().intersects(f.visible()) || stemsVisible(f, b.id()))
                    .forEach(b -> drawApplication(f, p, b, text));
        }
    }

    /**
     * Far out (below the text scale, where a column is a few pixels wide) every piece of one colour is one fill, layer by
     * layer, as the topology draws far out ({@code DiagramRenderer.drawFar}): hosts in their load colour, hypervisors,
     * each domain's band, stems and joins in its colour, VMs in their load or domain colour, applications in their
     * domain's colour; no text, no rounded corners, and only the selection outlined. Thousands of draw calls become a
     * few dozen.
     */
    private static void drawFar(Frame f, Painter p) {
        StackGeometry g = f.geometry();
        CanvasTheme t = f.theme();
        if (f.layers().hardware()) {
            Map<Color, List<Rect>> fills = new LinkedHashMap<>();
            for (StackGeometry.Piece b : g.hardware().values()) {
                ElementLoad load = f.loads().get(b.id());
                addIfVisible(f, fills, load == null ? t.nodeStroke() : t.levelColor(load), b.rect());
            }
            g.hypervisors().values().forEach(b -> addIfVisible(f, fills, t.nodeStroke().deriveColor(0, 1, 1, 0.5), b.rect()));
            fills.forEach((colour, rects) -> p.fillRects(rects, colour));
        }
        if (f.layers().ssi()) {
            Map<Color, List<Rect>> fills = new LinkedHashMap<>();
            for (StackGeometry.Band b : g.bands().values()) {
                ElementLoad load = f.loads().get(b.id());
                Color colour = load != null && load.level() == ElementLoad.LoadLevel.OVERLOADED ? t.overloaded()
                        : SsiColours.at(g.domainIndex(b.id()));
                b.stems().forEach(r -> addIfVisible(f, fills, colour, r));
                List<Rect> segments = b.segments();
                for (int i = 0; i < segments.size(); i++) {
                    addIfVisible(f, fills, colour, segments.get(i));
                    if (i + 1 < segments.size()) {
                        // The join between two runs of members, as a bar one pixel-ish high.
                        Rect a = segments.get(i);
                        addIfVisible(f, fills, colour, Rect.between(a.maxX(), a.centerY() - 1.25, segments.get(i + 1).x(),
                                a.centerY() + 1.25));
                    }
                }
            }
            fills.forEach((colour, rects) -> p.fillRects(rects, colour));
        }
        if (f.layers().vms()) {
            Map<Color, List<Rect>> fills = new LinkedHashMap<>();
            for (StackGeometry.Piece b : g.vms().values()) {
                ElementLoad load = f.loads().get(b.id());
                List<String> domains = g.domainsOf(b.id());
                Color colour = load != null && load.level() != ElementLoad.LoadLevel.NORMAL ? t.levelColor(load)
                        : domains.isEmpty() ? t.vmStroke() : SsiColours.at(g.domainIndex(domains.get(0)));
                addIfVisible(f, fills, colour, b.rect());
            }
            fills.forEach((colour, rects) -> p.fillRects(rects, colour));
        }
        if (f.layers().applications()) {
            Map<Color, List<Rect>> fills = new LinkedHashMap<>();
            for (StackGeometry.Piece b : g.applications().values()) {
                int domain = g.domainIndex(g.placedOn(b.id()));
                Color colour = domain < 0 ? t.mutedText() : SsiColours.at(domain);
                g.applicationStems(b.id()).forEach(r -> addIfVisible(f, fills, colour, r));
                addIfVisible(f, fills, colour, b.rect());
            }
            fills.forEach((colour, rects) -> p.fillRects(rects, colour));
        }
        for (String id : f.selection()) {
            Rect r = g.boundsOf(id).or(() -> Optional.ofNullable(g.bands().get(id)).map(StackGeometry.Band::span)).orElse(null);
            if (r != null) {
                p.strokeRoundRect(r.grow(3), 0, t.selection(), 2.5 / Math.max(f.scale(), 0.005), false);
            }
        }
    }

    private static void addIfVisible(Frame f, Map<Color, List<Rect>> fills, Color colour, Rect r) {
        if (r.intersects(f.visible())) {
            fills.computeIfAbsent(colour, k -> new ArrayList<>()).add(r);
        }
    }

    private static boolean stemsVisible(Frame f, String id) {
        return f.geometry().applicationStems(id).stream().anyMatch(r -> r.intersects(f.visible()));
    }

    private static void drawRowLabels(Frame f, Painter p) {
        StackGeometry g = f.geometry();
        for (StackGeometry.RowLabel l : g.rowLabels()) {
            Color color = f.theme().mutedText();
            for (StackGeometry.Band b : g.bands().values()) {
                if (b.labelInMargin() && b.label().equals(l.rect()) && l.text().equals(g.caption(b.id()))) {
                    color = SsiColours.ink(SsiColours.at(g.domainIndex(b.id())), f.theme());
                }
            }
            p.text(l.text(), l.rect().maxX(), l.rect().centerY() + 4, StackGeometry.DETAIL_TEXT, true, color,
                    Painter.Align.RIGHT);
        }
    }

    private static void drawHardware(Frame f, Painter p, StackGeometry.Piece b, boolean text) {
        CanvasTheme t = f.theme();
        Rect r = b.rect();
        ElementLoad load = f.loads().get(b.id());
        p.fillRoundRect(r, 8, load == null ? t.nodeFill() : t.levelFill(load, t.nodeFill()));
        p.strokeRoundRect(r, 8, load == null ? t.nodeStroke() : t.levelColor(load),
                load == null || load.level() == ElementLoad.LoadLevel.NORMAL ? 1 : 2, false);
        if (load != null) {
            p.fillRoundRect(new Rect(r.x(), r.y() + 6, 4, r.height() - 12), 2, t.levelColor(load));
        }
        highlight(f, p, b.id(), r, 10);
        if (!text) {
            return;
        }
        StackGeometry g = f.geometry();
        p.text(g.caption(b.id()), r.x() + 12, r.y() + 19, StackGeometry.NAME_TEXT, true, t.text(), Painter.Align.LEFT);
        p.text(g.fit(g.detail(b.id()), r.width() - 20, StackGeometry.DETAIL_TEXT, false), r.x() + 12, r.y() + 36,
                StackGeometry.DETAIL_TEXT, false, t.mutedText(), Painter.Align.LEFT);
        if (load != null) {
            p.text((load.level() == ElementLoad.LoadLevel.OVERLOADED ? "⚠ " : "") + percent(load), r.maxX() - 8,
                    r.y() + 19, 12, true, t.levelColor(load), Painter.Align.RIGHT);
        }
    }

    private static void drawHypervisor(Frame f, Painter p, StackGeometry.Piece b, boolean text) {
        CanvasTheme t = f.theme();
        Rect r = b.rect();
        p.fillRoundRect(r, 6, t.switchFill());
        p.strokeRoundRect(r, 6, t.nodeStroke(), 1, false);
        if (text) {
            p.text(f.geometry().hypervisorLabel(b.id()), r.centerX(), r.y() + 15, StackGeometry.DETAIL_TEXT, false,
                    t.mutedText(), Painter.Align.CENTER);
        }
    }

    private static void drawBand(Frame f, Painter p, StackGeometry.Band b, boolean text) {
        CanvasTheme t = f.theme();
        StackGeometry g = f.geometry();
        Color colour = SsiColours.at(g.domainIndex(b.id()));
        ElementLoad load = f.loads().get(b.id());
        boolean overloaded = load != null && load.level() == ElementLoad.LoadLevel.OVERLOADED;
        for (Rect stem : b.stems()) {
            p.fillRoundRect(stem, 0, colour);
        }
        List<Rect> segments = b.segments();
        for (int i = 0; i + 1 < segments.size(); i++) {
            // Segments of one domain are joined by a line: the gaps belong to other domains' members.
            Rect a = segments.get(i);
            Rect c = segments.get(i + 1);
            p.line(a.maxX(), a.centerY(), c.x(), c.centerY(), colour, 2.5);
        }
        for (Rect s : segments) {
            p.fillRoundRect(s, 8, SsiColours.wash(colour, t));
            p.strokeRoundRect(s, 8, overloaded ? t.overloaded() : colour, overloaded ? 2.5 : 1.6, false);
            highlight(f, p, b.id(), s, 10);
        }
        if (b.labelInMargin() && (f.selection().contains(b.id()) || f.related().contains(b.id()))) {
            highlight(f, p, b.id(), b.label().grow(2), 6);
        }
        if (!text) {
            return;
        }
        String percent = load == null ? "" : percent(load);
        Color ink = SsiColours.ink(colour, t);
        if (!b.labelInMargin()) {
            Rect r = b.label();
            p.text((overloaded ? "⚠ " : "") + g.bandLabel(b.id(), percent), r.x() + StackGeometry.CHIP_PAD,
                    r.y() + 16, StackGeometry.CHIP_TEXT, true, ink, Painter.Align.LEFT);
        } else {
            // The name is in the margin; each segment carries the figures that fit.
            String figures = (overloaded ? "⚠ " : "") + percent;
            Rect widest = segments.stream().max((x, y) -> Double.compare(x.width(), y.width())).orElseThrow();
            p.text(g.fit(figures, widest.width() - 8, StackGeometry.CHIP_TEXT, true), widest.centerX(),
                    widest.y() + 16, StackGeometry.CHIP_TEXT, true, overloaded ? t.overloaded() : ink, Painter.Align.CENTER);
        }
    }

    private static void drawVm(Frame f, Painter p, StackGeometry.Piece b, boolean text) {
        CanvasTheme t = f.theme();
        StackGeometry g = f.geometry();
        Rect r = b.rect();
        ElementLoad load = f.loads().get(b.id());
        p.fillRoundRect(r, 8, load == null ? t.vmFill() : t.levelFill(load, t.vmFill()));
        List<String> domains = g.domainsOf(b.id());
        Color stroke = load != null && load.level() != ElementLoad.LoadLevel.NORMAL ? t.levelColor(load)
                : domains.isEmpty() ? t.vmStroke() : SsiColours.at(g.domainIndex(domains.get(0)));
        p.strokeRoundRect(r, 8, stroke, domains.isEmpty() ? 1 : 2, false);
        // Members carry their domain's colour: a stripe along the bottom, one per domain.
        for (int i = 0; i < domains.size(); i++) {
            p.fillRoundRect(new Rect(r.x() + 4, r.maxY() - 5 - i * 4, r.width() - 8, 3), 0,
                    SsiColours.at(g.domainIndex(domains.get(i))));
        }
        highlight(f, p, b.id(), r, 10);
        if (text) {
            p.text(g.fit(g.caption(b.id()), r.width() - 8, StackGeometry.CHIP_TEXT, false), r.centerX(),
                    r.y() + 15, StackGeometry.CHIP_TEXT, false, t.vmText(), Painter.Align.CENTER);
        }
    }

    private static void drawApplication(Frame f, Painter p, StackGeometry.Piece b, boolean text) {
        CanvasTheme t = f.theme();
        StackGeometry g = f.geometry();
        // An application on an SSI domain is drawn in the domain's colour: it runs on all its members.
        int domain = g.domainIndex(g.placedOn(b.id()));
        // Others are grey, so an application on a VM never looks like part of a nearby domain.
        Color stroke = domain < 0 ? t.mutedText() : SsiColours.at(domain);
        for (Rect stem : g.applicationStems(b.id())) {
            p.fillRoundRect(stem, 0, stroke);
        }
        Rect r = b.rect();
        p.fillRoundRect(r, r.height(), t.appFill());
        p.strokeRoundRect(r, r.height(), stroke, domain < 0 ? 1 : 2, false);
        highlight(f, p, b.id(), r, r.height() + 4);
        if (text) {
            p.text(g.fit(g.appLabel(b.id()), r.width() - 2 * StackGeometry.CHIP_PAD, StackGeometry.CHIP_TEXT, false),
                    r.centerX(), r.y() + 16, StackGeometry.CHIP_TEXT, false, t.appText(), Painter.Align.CENTER);
        }
    }

    /** The selection gets a strong outline; what it is related to a dashed one. */
    private static void highlight(Frame f, Painter p, String id, Rect r, double arc) {
        if (f.selection().contains(id)) {
            p.strokeRoundRect(r.grow(3), arc + 2, f.theme().selection(), 3, false);
        } else if (f.related().contains(id)) {
            p.strokeRoundRect(r.grow(3), arc + 2, f.theme().selection(), 2, true);
        }
    }

    private static String percent(ElementLoad load) {
        return Math.round(load.utilization() * 100) + " %";
    }
}
