package org.clustercomposer.views.export;

import java.util.Locale;

import javafx.scene.paint.Color;

import org.clustercomposer.views.canvas.Painter;
import org.clustercomposer.views.canvas.Rect;

/** Writes what the renderer draws as SVG 1.1 elements. */
final class SvgPainter implements Painter {

    private final StringBuilder out = new StringBuilder();

    String body() {
        return out.toString();
    }

    @Override
    public void fillRoundRect(Rect r, double arc, Color fill) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" %s/>%n",
                r.x(), r.y(), r.width(), r.height(), arc / 2, fill("fill", fill)));
    }

    @Override
    public void strokeRoundRect(Rect r, double arc, Color stroke, double width, boolean dashed) {
        out.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"none\" %s/>%n",
                r.x(), r.y(), r.width(), r.height(), arc / 2, stroke(stroke, width, dashed)));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Color fill) {
        out.append("<polygon points=\"").append(points(xs, ys)).append("\" ").append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Color stroke, double width, boolean dashed) {
        out.append("<polygon points=\"").append(points(xs, ys)).append("\" fill=\"none\" ")
                .append(stroke(stroke, width, dashed)).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>%n",
                x1, y1, x2, y2, stroke(stroke, width, false)));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color color, Align align) {
        if (text.isEmpty()) {
            return;
        }
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        out.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\"%s text-anchor=\"%s\" %s>%s</text>%n",
                x, y, size, bold ? " font-weight=\"bold\"" : "", anchor, fill("fill", color), escape(text)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            b.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", xs[i], ys[i]));
        }
        return b.toString();
    }

    private static String fill(String attribute, Color c) {
        String s = attribute + "=\"" + hex(c) + "\"";
        return c.getOpacity() < 1 ? s + String.format(Locale.ROOT, " %s-opacity=\"%.3f\"", attribute, c.getOpacity()) : s;
    }

    private static String stroke(Color c, double width, boolean dashed) {
        return fill("stroke", c) + String.format(Locale.ROOT, " stroke-width=\"%.1f\"", width)
                + (dashed ? " stroke-dasharray=\"6 4\"" : "");
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
