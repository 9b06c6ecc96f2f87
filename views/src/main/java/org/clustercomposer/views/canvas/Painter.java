package org.clustercomposer.views.canvas;

import java.util.List;

import javafx.scene.paint.Color;

/**
 * The few drawing operations the diagram needs, in world coordinates. One implementation draws
 * on a JavaFX canvas, another writes SVG: the picture and the export come from the same code.
 */
public interface Painter {

    enum Align { LEFT, CENTER, RIGHT }

    void fillRoundRect(Rect r, double arc, Color fill);

    void strokeRoundRect(Rect r, double arc, Color stroke, double width, boolean dashed);

    void fillPolygon(double[] xs, double[] ys, Color fill);

    void strokePolygon(double[] xs, double[] ys, Color stroke, double width, boolean dashed);

    void line(double x1, double y1, double x2, double y2, Color stroke, double width);

    /**
     * Segments of one colour and width, drawn as one stroke: the first {@code count} values of
     * {@code coordinates}, {x1, y1, x2, y2, x1, y1, ...}.
     */
    record Lines(double[] coordinates, int count, Color stroke, double width) {
    }

    /** Groups of segments (the links), each group one stroke, in order. */
    default void lines(List<Lines> groups) {
        for (Lines g : groups) {
            double[] c = g.coordinates();
            for (int i = 0; i + 3 < g.count(); i += 4) {
                line(c[i], c[i + 1], c[i + 2], c[i + 3], g.stroke(), g.width());
            }
        }
    }

    /** Many square-cornered rectangles in one colour, as one fill (far out, thousands of boxes). */
    default void fillRects(List<Rect> rects, Color fill) {
        rects.forEach(r -> fillRoundRect(r, 0, fill));
    }

    /** Square-cornered rectangles of one colour, filled as one shape. */
    record Fills(List<Rect> rects, Color fill) {
    }

    /**
     * The picture far out, in order: the links (as {@link #lines}), then boxes and marks a few pixels each,
     * one group per colour (as {@link #fillRects}). Given at once, so a canvas can draw it as one image.
     */
    default void farPicture(List<Lines> links, List<Fills> fills) {
        if (!links.isEmpty()) {
            lines(links);
        }
        fills.forEach(f -> fillRects(f.rects(), f.fill()));
    }

    /** Text with its baseline at y. */
    void text(String text, double x, double y, double size, boolean bold, Color color, Align align);

    /** Roughly how wide text is drawn; used to shorten labels that would overflow. */
    static double approximateWidth(String text, double size, boolean bold) {
        return text.length() * size * (bold ? 0.66 : 0.54);
    }

    /**
     * A line of figures joined by " · ", shortened by whole figures from the end to fit a width ("40 × 2.5 GHz ·
     * 384 GiB" rather than "40 × 2.5 GHz · 384 GiB…" cut into a figure); with an ellipsis only when even the first
     * figure does not fit. The full line is in the element's tooltip.
     */
    static String fitFigures(String text, double width, double size, boolean bold) {
        String shown = text;
        int cut;
        while (approximateWidth(shown, size, bold) > width && (cut = shown.lastIndexOf(FIGURE_SEPARATOR)) > 0) {
            shown = shown.substring(0, cut);
        }
        return fit(shown, width, size, bold);
    }

    /** What joins the figures of an element's second line. */
    String FIGURE_SEPARATOR = " · ";

    /** The text, shortened with an ellipsis to fit a width. */
    static String fit(String text, double width, double size, boolean bold) {
        if (approximateWidth(text, size, bold) <= width) {
            return text;
        }
        int keep = (int) Math.floor(width / (size * (bold ? 0.66 : 0.54))) - 1;
        return keep <= 0 ? "" : text.substring(0, Math.min(text.length(), keep)) + "…";
    }
}
