package org.clustercomposer.views.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

/** Writes a chart as PNG (a snapshot of what is on screen) or SVG (drawn from the chart's data). */
public final class ChartFiles {

    /** Okabe-Ito: colour-blind-safe, the order the lines take. */
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"};

    private ChartFiles() {
    }

    public static void png(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    /** The chart as vector lines with its title, unit, axes' ranges and a legend. */
    public static void svg(Charts.Chart chart, Path file) throws IOException {
        double w = 640;
        double h = 320;
        double left = 70;
        double right = 20;
        double top = 40;
        double bottom = 40;
        double maxX = 0;
        double maxY = 0;
        for (ChartSeries s : chart.lines()) {
            for (double x : s.hours()) {
                maxX = Math.max(maxX, x);
            }
            maxY = Math.max(maxY, s.max());
        }
        maxX = maxX > 0 ? maxX : 1;
        maxY = maxY > 0 ? maxY * 1.05 : 1;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">%n", w, h, w, h));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(w / 2, 22, 15, "middle", chart.title()));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                + "stroke=\"#888\"/>%n", left, top, w - left - right, h - top - bottom));
        svg.append(text(left - 6, top + 4, 11, "end", format(maxY)));
        svg.append(text(left - 6, h - bottom, 11, "end", "0"));
        svg.append(text(left, h - bottom + 16, 11, "start", "0 h"));
        svg.append(text(w - right, h - bottom + 16, 11, "end", format(maxX) + " h"));
        svg.append(text(w / 2, h - 8, 11, "middle", "time (h); " + chart.unit()));
        for (int i = 0; i < chart.lines().size(); i++) {
            ChartSeries s = chart.lines().get(i);
            String colour = COLOURS[i % COLOURS.length];
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\" points=\"");
            for (int k = 0; k < s.hours().length; k++) {
                double x = left + s.hours()[k] / maxX * (w - left - right);
                double y = h - bottom - s.values()[k] / maxY * (h - top - bottom);
                svg.append(String.format(Locale.ROOT, "%.2f,%.2f ", x, y));
            }
            svg.append("\"/>\n");
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">%s</text>%n",
                    left + 8, top + 14 + 14 * i, colour, escape(s.name())));
        }
        svg.append("</svg>\n");
        Files.writeString(file, svg.toString(), StandardCharsets.UTF_8);
    }

    private static String text(double x, double y, double size, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" text-anchor=\"%s\">%s</text>%n",
                x, y, size, anchor, escape(s));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
