package org.clustercomposer.views.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.paint.Color;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.views.prediction.ElementLoad;

/**
 * Draws a diagram in immediate mode: only what intersects the visible world rectangle, with less
 * detail when zoomed out (VMs become a count, then text goes). The cost of a frame follows what
 * is on screen, not the size of the design.
 */
public final class DiagramRenderer {

    /** Below this scale VMs are shown as a count per host. */
    public static final double VM_DETAIL_SCALE = 0.55;
    /** Below this scale no text is drawn. */
    public static final double TEXT_SCALE = 0.3;

    /** What a scale draws: a far picture without text, a VM count per host, or the VMs' chips. */
    public enum Detail {
        FAR, COUNTS, CHIPS;

        public static Detail at(double scale) {
            return scale < TEXT_SCALE ? FAR : scale < VM_DETAIL_SCALE ? COUNTS : CHIPS;
        }
    }

    /** How strongly the outline of a sparse SSI hull is drawn. */
    private static final double SPARSE_EDGE_OPACITY = 0.35;
    /** How far past the view links are cut: wider than any link's stroke (7, times presentation's factor). */
    private static final double LINK_CLIP_MARGIN = 64;

    /** Everything one frame depends on. */
    public record Frame(DiagramGeometry geometry, Map<String, ElementLoad> loads, Set<String> selection,
                        LayerVisibility layers, CanvasTheme theme, Rect visible, double scale, Set<String> related,
                        Part part) {

        /** The whole diagram. */
        public Frame(DiagramGeometry geometry, Map<String, ElementLoad> loads, Set<String> selection,
                     LayerVisibility layers, CanvasTheme theme, Rect visible, double scale, Set<String> related) {
            this(geometry, loads, selection, layers, theme, visible, scale, related, Part.WHOLE);
        }

        /** The whole diagram, highlighting nothing but the selection. */
        public Frame(DiagramGeometry geometry, Map<String, ElementLoad> loads, Set<String> selection,
                     LayerVisibility layers, CanvasTheme theme, Rect visible, double scale) {
            this(geometry, loads, selection, layers, theme, visible, scale, Set.of());
        }

        public Frame withPart(Part p) {
            return new Frame(geometry, loads, selection, layers, theme, visible, scale, related, p);
        }
    }

    /**
     * Which part of the diagram a frame draws. During a drag the canvas draws the elements that
     * stay put once and only the moving ones per frame, each at two depths: under (hull fills,
     * links) and over (boxes, chips, hull outlines and labels, badges), so a moving link still runs
     * under the hosts it crosses and a reshaped hull's wash stays under its members
     * (docs/decisions/0450).
     *
     * @param moving the elements that move ({@link DiagramGeometry#attachedTo})
     * @param movingOnes true to draw only those, false to draw only the others
     */
    public record Part(Set<String> moving, boolean movingOnes, boolean under, boolean over) {
        public static final Part WHOLE = new Part(Set.of(), false, true, true);

        boolean draws(String id) {
            return moving.contains(id) == movingOnes;
        }
    }

    private DiagramRenderer() {
    }

    public static void draw(Frame f, Painter p) {
        DiagramGeometry g = f.geometry();
        boolean text = f.scale() >= TEXT_SCALE;
        if (!text) {
            drawFar(f, p);
            return;
        }
        Part part = f.part();
        if (part.under()) {
            if (f.layers().ssi()) {
                drawable(g.hulls(), part).stream().filter(h -> (!h.sparse() || !h.pieces().isEmpty()) && part.draws(h.id())
                        && h.bounds().intersects(f.visible())).forEach(h -> fillHull(f, p, h));
            }
            if (f.layers().hardware()) {
                drawLinks(f, p);
            }
        }
        if (!part.over()) {
            return;
        }
        if (f.layers().hardware()) {
            for (DiagramGeometry.Box b : drawable(g.nodes(), part)) {
                if (part.draws(b.id()) && b.rect().intersects(f.visible())) {
                    drawNode(f, p, b, text);
                }
            }
        }
        if (f.layers().vms()) {
            drawVms(f, p, text);
        }
        if (f.layers().ssi()) {
            drawable(g.hulls(), part).stream().filter(h -> part.draws(h.id()) && h.bounds().intersects(f.visible()))
                    .forEach(h -> drawHullEdge(f, p, h, text));
        }
        if (f.layers().applications()) {
            drawable(g.applications(), part).stream().filter(b -> part.draws(b.id()) && b.rect().intersects(f.visible()))
                    .forEach(b -> drawApplication(f, p, b, text));
        }
    }

    /**
     * Far out (no text) a box is a few pixels: boxes of one colour are one fill, domains over VMs
     * are their members' colour under the counts, and only the selection is outlined. Thousands of
     * draw calls become a few dozen, on a canvas one image with the links (docs/decisions/0450).
     */
    private static void drawFar(Frame f, Painter p) {
        DiagramGeometry g = f.geometry();
        CanvasTheme t = f.theme();
        Map<Color, List<Rect>> boxes = new LinkedHashMap<>();
        Map<Color, List<Rect>> members = new LinkedHashMap<>();
        List<DiagramGeometry.Hull> outlined = new ArrayList<>();
        Part part = f.part();
        if (f.layers().ssi()) {
            for (DiagramGeometry.Hull h : drawable(g.hulls(), part)) {
                if (!part.draws(h.id()) || !h.bounds().intersects(f.visible())) {
                    continue;
                }
                boolean marked = f.selection().contains(h.id()) || f.related().contains(h.id());
                if (h.pieces().isEmpty()) {
                    if (!h.sparse() && part.under()) {
                        fillHull(f, p, h);
                    }
                    outlined.add(h);
                } else {
                    // A domain over VMs: its members' places on their hosts, in its colour, over the hosts.
                    Color own = domainColour(f, h.id()).deriveColor(0, 1, 1, 0.75);
                    h.pieces().stream().filter(r -> r.intersects(f.visible()))
                            .forEach(r -> members.computeIfAbsent(own, k -> new ArrayList<>()).add(r));
                    if (marked) {
                        outlined.add(h);
                    }
                }
            }
        }
        List<Painter.Lines> links = f.layers().hardware() && part.under() ? linkGroups(f, p) : List.of();
        if (!part.over()) {
            p.farPicture(links, List.of());
            return;
        }
        if (f.layers().hardware()) {
            for (DiagramGeometry.Box b : drawable(g.nodes(), part)) {
                if (part.draws(b.id()) && b.rect().intersects(f.visible())) {
                    ElementLoad load = f.loads().get(b.id());
                    boxes.computeIfAbsent(load == null ? t.nodeStroke() : t.levelColor(load), k -> new ArrayList<>())
                            .add(b.rect());
                }
            }
        }
        if (f.layers().applications()) {
            drawable(g.applications(), part).stream().filter(b -> part.draws(b.id()) && b.rect().intersects(f.visible()))
                    .forEach(b -> boxes.computeIfAbsent(t.appStroke(), k -> new ArrayList<>()).add(b.rect()));
        }
        List<Painter.Fills> fills = new ArrayList<>();
        boxes.forEach((colour, rects) -> fills.add(new Painter.Fills(rects, colour)));
        members.forEach((colour, rects) -> fills.add(new Painter.Fills(rects, colour)));
        // Links, boxes and marks are each a few pixels far out: given at once, the canvas draws them as one image.
        p.farPicture(links, fills);
        outlined.forEach(h -> drawHullEdge(f, p, h, false));
        for (String id : f.selection()) {
            DiagramGeometry.Box b = g.nodes().get(id);
            if (b != null && f.layers().hardware() && part.draws(id)) {
                p.strokeRoundRect(b.rect().grow(3), 0, t.selection(), 2.5 / Math.max(f.scale(), 0.05), false);
            }
        }
    }

    /** Links grouped by color and width, each group one stroke, cut to the visible part. */
    private static void drawLinks(Frame f, Painter p) {
        List<Painter.Lines> groups = linkGroups(f, p);
        if (!groups.isEmpty()) {
            p.lines(groups);
        }
    }

    /** The visible links in groups of one colour and width; the selected ones' highlight is drawn under them now. */
    private static List<Painter.Lines> linkGroups(Frame f, Painter p) {
        Map<Color, LineBatch> normal = new LinkedHashMap<>();
        Map<Color, LineBatch> busy = new LinkedHashMap<>();
        Rect clip = f.visible().grow(LINK_CLIP_MARGIN);
        double[] end = new double[4];
        for (DiagramGeometry.Segment s : drawable(f.geometry().links(), f.part())) {
            if (!f.part().draws(s.id()) || !clip(s, clip, end)) {
                continue;
            }
            ElementLoad load = f.loads().get(s.id());
            if (f.selection().contains(s.id())) {
                p.line(end[0], end[1], end[2], end[3], f.theme().selection(), 7);
            }
            Color color = load == null ? f.theme().link() : f.theme().levelColor(load);
            boolean heavy = load != null && load.level() != ElementLoad.LoadLevel.NORMAL;
            (heavy ? busy : normal).computeIfAbsent(color, k -> new LineBatch()).add(end);
        }
        List<Painter.Lines> groups = new ArrayList<>();
        normal.forEach((color, c) -> groups.add(new Painter.Lines(c.coordinates, c.count, color, 2)));
        busy.forEach((color, c) -> groups.add(new Painter.Lines(c.coordinates, c.count, color, 3.5)));
        return groups;
    }

    /** Segments for one {@link Painter#lines} call, growing as they come. */
    private static final class LineBatch {
        private double[] coordinates = new double[64];
        private int count;

        void add(double[] end) {
            if (count + 4 > coordinates.length) {
                coordinates = Arrays.copyOf(coordinates, coordinates.length * 2);
            }
            System.arraycopy(end, 0, coordinates, count, 4);
            count += 4;
        }
    }

    /**
     * The part of a segment inside a rectangle (Liang-Barsky), into {@code end}; false when none is.
     * A link that crosses the view is rasterized only where it can be seen: long links across a
     * zoomed-in view were most of a frame.
     */
    static boolean clip(DiagramGeometry.Segment s, Rect r, double[] end) {
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double[] t = {0, 1};
        if (!clipEdge(-dx, s.x1() - r.x(), t) || !clipEdge(dx, r.maxX() - s.x1(), t)
                || !clipEdge(-dy, s.y1() - r.y(), t) || !clipEdge(dy, r.maxY() - s.y1(), t)) {
            return false;
        }
        end[0] = t[0] == 0 ? s.x1() : s.x1() + t[0] * dx;
        end[1] = t[0] == 0 ? s.y1() : s.y1() + t[0] * dy;
        end[2] = t[1] == 1 ? s.x2() : s.x1() + t[1] * dx;
        end[3] = t[1] == 1 ? s.y2() : s.y1() + t[1] * dy;
        return true;
    }

    /** One boundary of Liang-Barsky: narrows [t0, t1] to where {@code p * t <= q}; false when empty. */
    private static boolean clipEdge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double at = q / p;
        if (p < 0) {
            if (at > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], at);
        } else {
            if (at < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], at);
        }
        return true;
    }

    /**
     * The elements of one map a frame may draw: when it draws the moving part of a drag, only the
     * moving ones, looked up (in {@link DiagramGeometry#inDrawingOrder}, as the canvas passes them), so
     * a drag frame does not walk every element of the design.
     */
    private static <T> Collection<T> drawable(Map<String, T> all, Part part) {
        if (!part.movingOnes()) {
            return all.values();
        }
        List<T> out = new ArrayList<>();
        for (String id : part.moving()) {
            T element = all.get(id);
            if (element != null) {
                out.add(element);
            }
        }
        return out;
    }

    private static void drawNode(Frame f, Painter p, DiagramGeometry.Box b, boolean text) {
        CanvasTheme t = f.theme();
        Rect r = b.rect();
        ElementLoad load = f.loads().get(b.id());
        Color base = switch (b.kind()) {
            case SWITCH -> t.switchFill();
            case STORAGE -> t.storageFill();
            default -> t.nodeFill();
        };
        // Rounded corners only where one can see them; square ones rasterize several times faster.
        double arc = f.scale() >= VM_DETAIL_SCALE ? 10 : 0;
        p.fillRoundRect(r, arc, load == null ? base : t.levelFill(load, base));
        p.strokeRoundRect(r, arc, load == null ? t.nodeStroke() : t.levelColor(load),
                load == null || load.level() == ElementLoad.LoadLevel.NORMAL ? 1 : 2, false);
        if (load != null) {
            p.fillRoundRect(new Rect(r.x(), r.y() + 6, 4, Math.min(28, r.height() - 12)), 2, t.levelColor(load));
        }
        if (f.selection().contains(b.id())) {
            p.strokeRoundRect(r.grow(3), 12, t.selection(), 2.5, false);
        }
        related(f, p, b.id(), r, 12);
        List<Integer> domains = f.geometry().domainsOf(b.id());
        for (int i = 0; i < domains.size(); i++) {
            // A member host carries its domain's colour along its top edge.
            p.fillRoundRect(new Rect(r.x() + 8, r.y() + 1 + i * 4, r.width() - 16, 3), 0, SsiColours.at(domains.get(i)));
        }
        double pad = Shapes.NODE_PADDING;
        String percent = load == null ? "" : Math.round(load.utilization() * 100) + " %";
        double percentWidth = Shapes.loadFigureWidth(percent);
        p.text(Painter.fit(f.geometry().caption(b.id()), r.width() - 2 * pad - percentWidth, Shapes.NODE_TEXT, true),
                r.x() + pad, r.y() + 18, Shapes.NODE_TEXT, true, t.text(), Painter.Align.LEFT);
        if (f.scale() >= VM_DETAIL_SCALE) {
            // The figures line is 11 px: too small to read further out, and text is what costs most.
            p.text(Painter.fitFigures(f.geometry().detail(b.id()), r.width() - 2 * pad, 11, false),
                    r.x() + pad, r.y() + 34, 11, false, t.mutedText(), Painter.Align.LEFT);
        }
        if (load != null) {
            p.text((load.level() == ElementLoad.LoadLevel.OVERLOADED ? "⚠ " : "") + percent, r.maxX() - 8, r.y() + 18,
                    12, true, t.levelColor(load), Painter.Align.RIGHT);
        }
    }

    private static void drawVms(Frame f, Painter p, boolean text) {
        DiagramGeometry g = f.geometry();
        CanvasTheme t = f.theme();
        if (f.scale() < VM_DETAIL_SCALE) {
            // Level of detail: one count per host instead of a chip per VM.
            for (DiagramGeometry.Box host : drawable(g.nodes(), f.part())) {
                int count = host.kind() == ElementKind.HOST ? g.vmsOn(host.id()).size() : 0;
                if (count > 0 && f.part().draws(host.id()) && host.rect().intersects(f.visible())) {
                    Rect pill = Shapes.vmCountBadge(host.rect());
                    p.fillRoundRect(pill, 0, t.vmFill());
                    p.text(count + (count == 1 ? " VM" : " VMs"), pill.centerX(), pill.y() + pill.height() / 2 + 6,
                            17, true, t.vmText(), Painter.Align.CENTER);
                }
            }
            return;
        }
        for (DiagramGeometry.Box b : drawable(g.vms(), f.part())) {
            if (!f.part().draws(b.id()) || !b.rect().intersects(f.visible())) {
                continue;
            }
            Rect r = b.rect();
            ElementLoad load = f.loads().get(b.id());
            p.fillRoundRect(r, 6, load == null ? t.vmFill() : t.levelFill(load, t.vmFill()));
            List<Integer> domains = g.domainsOf(b.id());
            boolean busy = load != null && load.level() != ElementLoad.LoadLevel.NORMAL;
            p.strokeRoundRect(r, 6, busy ? t.levelColor(load) : domains.isEmpty() ? t.vmStroke()
                    : SsiColours.at(domains.get(0)), domains.isEmpty() ? 1 : 1.6, false);
            for (int i = 0; i < domains.size(); i++) {
                // Members carry their domain's colour: a stripe along the chip's bottom.
                p.fillRoundRect(new Rect(r.x() + 3, r.maxY() - 4 - i * 3, r.width() - 6, 2.5), 0, SsiColours.at(domains.get(i)));
            }
            if (f.selection().contains(b.id())) {
                p.strokeRoundRect(r.grow(2), 8, t.selection(), 2, false);
            }
            related(f, p, b.id(), r, 8);
            p.text(Painter.fit(g.caption(b.id()), r.width() - 6, Shapes.VM_TEXT, false), r.centerX(), r.y() + 13, Shapes.VM_TEXT, false,
                    t.vmText(), Painter.Align.CENTER);
        }
    }

    private static void fillHull(Frame f, Painter p, DiagramGeometry.Hull h) {
        Color fill = hullFill(f, h.id());
        if (h.pieces().isEmpty()) {
            p.fillPolygon(xs(h.outline()), ys(h.outline()), fill);
        } else {
            h.pieces().forEach(r -> p.fillRoundRect(r, 8, fill));
        }
    }

    private static Color hullFill(Frame f, String id) {
        ElementLoad load = f.loads().get(id);
        if (load != null && load.level() == ElementLoad.LoadLevel.OVERLOADED) {
            return f.theme().overloaded().deriveColor(0, 1, 1, 0.10);
        }
        return domainColour(f, id).deriveColor(0, 1, 1, 0.10);
    }

    /** Each domain's own colour (SsiColours), the same as in the stack view. */
    private static Color domainColour(Frame f, String id) {
        int index = f.geometry().domainIndex(id);
        return index < 0 ? f.theme().ssi() : SsiColours.at(index);
    }

    /** The selection gets a strong outline; what it is related to a dashed one. */
    private static void related(Frame f, Painter p, String id, Rect r, double arc) {
        if (!f.selection().contains(id) && f.related().contains(id)) {
            p.strokeRoundRect(r.grow(3), arc, f.theme().selection(), 1.8, true);
        }
    }

    private static void drawHullEdge(Frame f, Painter p, DiagramGeometry.Hull h, boolean text) {
        CanvasTheme t = f.theme();
        ElementLoad load = f.loads().get(h.id());
        Color own = domainColour(f, h.id());
        // The domain keeps its own colour (its members carry it) unless it is overloaded; the
        // percentage in its label tells the load.
        Color edge = load == null || load.level() != ElementLoad.LoadLevel.OVERLOADED ? own : t.levelColor(load);
        boolean selected = f.selection().contains(h.id());
        boolean related = !selected && f.related().contains(h.id());
        // A sparse hull joins members far apart (VMs on distant hosts): its long edges cross the
        // drawing, so they are drawn faint and thin unless selected; its label stays strong.
        Color outline = selected || related ? t.selection()
                : h.sparse() && h.pieces().isEmpty() ? edge.deriveColor(0, 1, 1, SPARSE_EDGE_OPACITY) : edge;
        double width = selected ? 3 : related ? 2 : h.sparse() && h.pieces().isEmpty() ? 1 : 1.6;
        // Dashes cost a lot to rasterize; far out nobody sees them.
        if (h.pieces().isEmpty()) {
            p.strokePolygon(xs(h.outline()), ys(h.outline()), outline, width, text);
        } else {
            h.pieces().forEach(r -> p.strokeRoundRect(r, 8, outline, width, text && !selected));
        }
        if (text) {
            String label = (load != null && load.level() == ElementLoad.LoadLevel.OVERLOADED ? "⚠ " : "") + "SSI "
                    + f.geometry().caption(h.id()) + " · " + f.geometry().detail(h.id())
                    + (load == null ? "" : " · " + Math.round(load.utilization() * 100) + " %");
            p.text(label, h.label().x() + 4, h.label().maxY() - 4, 12, true,
                    edge == own ? SsiColours.ink(own, t) : edge, Painter.Align.LEFT);
        }
    }

    private static void drawApplication(Frame f, Painter p, DiagramGeometry.Box b, boolean text) {
        CanvasTheme t = f.theme();
        Rect r = b.rect();
        f.geometry().applicationLink(b.id()).ifPresent(l -> p.line(l.x1(), l.y1(), l.x2(), l.y2(), t.appStroke(), 1.5));
        p.fillRoundRect(r, r.height(), t.appFill());
        boolean selected = f.selection().contains(b.id());
        p.strokeRoundRect(r, r.height(), selected ? t.selection() : t.appStroke(), selected ? 2.5 : 1, false);
        related(f, p, b.id(), r, r.height());
        if (text) {
            String label = "▶ " + f.geometry().caption(b.id()) + " " + f.geometry().detail(b.id());
            p.text(Painter.fit(label, r.width() - 16, 11, false), r.x() + 9, r.y() + 14, 11, false, t.appText(),
                    Painter.Align.LEFT);
        }
    }

    private static double[] xs(List<ConvexHull.Point> outline) {
        return outline.stream().mapToDouble(ConvexHull.Point::x).toArray();
    }

    private static double[] ys(List<ConvexHull.Point> outline) {
        return outline.stream().mapToDouble(ConvexHull.Point::y).toArray();
    }
}
