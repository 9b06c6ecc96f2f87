package org.clustercomposer.views.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws on a JavaFX canvas; the caller sets the world-to-screen transform on the context. */
public final class FxPainter implements Painter {

    private static final double[] DASHES = {6, 4};
    private final GraphicsContext gc;
    private final double strokeScale;
    /** Fonts by size in quarter pixels, bold ones at odd keys. */
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final Affine transform = new Affine();

    public FxPainter(GraphicsContext gc) {
        this(gc, 1);
    }

    /** Strokes {@code strokeScale} times as wide as asked (presentation mode). */
    public FxPainter(GraphicsContext gc, double strokeScale) {
        this.gc = gc;
        this.strokeScale = strokeScale;
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void fillRoundRect(Rect r, double arc, Color fill) {
        gc.setFill(fill);
        if (arc <= 0) {
            gc.fillRect(r.x(), r.y(), r.width(), r.height());
        } else {
            gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
        }
    }

    @Override
    public void strokeRoundRect(Rect r, double arc, Color stroke, double width, boolean dashed) {
        stroke(stroke, width, dashed);
        if (arc <= 0) {
            gc.strokeRect(r.x(), r.y(), r.width(), r.height());
        } else {
            gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Color fill) {
        gc.setFill(fill);
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Color stroke, double width, boolean dashed) {
        stroke(stroke, width, dashed);
        gc.strokePolygon(xs, ys, xs.length);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        stroke(stroke, width, false);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void lines(List<Lines> groups) {
        double scale = uniformScale();
        // Far out a link is a fraction of a pixel wide: our own rasterizer draws those (docs/decisions/0450).
        int from = 0;
        for (int i = 0; i <= groups.size(); i++) {
            if (i < groups.size() && thin(groups.get(i), scale)) {
                continue;
            }
            if (i > from) {
                Hairlines.on(gc.getCanvas()).draw(gc, groups.subList(from, i), List.of(), scale, transform.getTx(),
                        transform.getTy(), strokeScale);
            }
            if (i < groups.size()) {
                strokeAsOnePath(groups.get(i));
            }
            from = i + 1;
        }
    }

    @Override
    public void farPicture(List<Lines> links, List<Fills> fills) {
        if (links.isEmpty() && fills.isEmpty()) {
            return;
        }
        double scale = uniformScale();
        // All of it a few pixels or less on screen: one image of our own rasterizer (docs/decisions/0450).
        if (scale > 0 && links.stream().allMatch(g -> thin(g, scale)) && fills.stream().allMatch(f -> small(f, scale))) {
            Hairlines.on(gc.getCanvas()).draw(gc, links, fills, scale, transform.getTx(), transform.getTy(), strokeScale);
        } else {
            Painter.super.farPicture(links, fills);
        }
    }

    /** Whether a group's lines are thin enough on screen for {@link Hairlines} (scale 0: no uniform scale). */
    private boolean thin(Lines g, double scale) {
        return scale > 0 && g.width() * strokeScale * scale <= Hairlines.MAX_WIDTH;
    }

    private static boolean small(Fills f, double scale) {
        double side = Hairlines.MAX_FILL_SIDE / scale;
        return f.rects().stream().allMatch(r -> r.width() <= side && r.height() <= side);
    }

    /** The JavaFX stroke of a group, one path: the rasterizer sets up once instead of once per link. */
    void strokeAsOnePath(Lines g) {
        stroke(g.stroke(), g.width(), false);
        gc.beginPath();
        double[] c = g.coordinates();
        for (int i = 0; i + 3 < g.count(); i += 4) {
            gc.moveTo(c[i], c[i + 1]);
            gc.lineTo(c[i + 2], c[i + 3]);
        }
        gc.stroke();
    }

    @Override
    public void fillRects(List<Rect> rects, Color fill) {
        // One path, one fill: the software rasterizer sets up once instead of once per box.
        gc.setFill(fill);
        gc.beginPath();
        for (Rect r : rects) {
            gc.rect(r.x(), r.y(), r.width(), r.height());
        }
        gc.fill();
    }

    @Override
    public void text(String text, double x, double y, double size, boolean isBold, Color color, Align align) {
        if (text.isEmpty()) {
            return;
        }
        double scale = uniformScale();
        if (scale > 0 && scale != 1) {
            // Under a scale the software pipeline fills every glyph as an outline (a shape each, several
            // times the cost of the whole rest of a frame at 40 %); at screen size the glyphs come from
            // its glyph cache. Same place, same size on screen (docs/decisions/0450).
            gc.setTransform(1, 0, 0, 1, 0, 0);
            fillText(text, x * scale + transform.getTx(), y * scale + transform.getTy(), size * scale, isBold, color, align);
            gc.setTransform(transform);
        } else {
            fillText(text, x, y, size, isBold, color, align);
        }
    }

    /** The context's scale when it maps world to screen by a uniform scale and a shift (into {@link #transform}), else 0. */
    private double uniformScale() {
        gc.getTransform(transform);
        double scale = transform.getMxx();
        return scale > 0 && scale == transform.getMyy() && transform.getMxy() == 0 && transform.getMyx() == 0 ? scale : 0;
    }

    private void fillText(String text, double x, double y, double size, boolean isBold, Color color, Align align) {
        gc.setFont(font(size, isBold));
        gc.setFill(color);
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    private void stroke(Color color, double width, boolean dashed) {
        gc.setStroke(color);
        gc.setLineWidth(width * strokeScale);
        gc.setLineDashes(dashed ? DASHES : null);
    }

    /** Sizes are kept to quarter pixels, so zooming makes a bounded number of glyph caches. */
    private Font font(double size, boolean isBold) {
        int quarters = Math.max(1, (int) Math.round(size * 4));
        return fonts.computeIfAbsent(quarters * 2 + (isBold ? 1 : 0), k -> Font.font(Font.getDefault().getFamily(),
                isBold ? FontWeight.BOLD : FontWeight.NORMAL, quarters / 4.0));
    }
}
