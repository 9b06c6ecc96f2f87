package org.clustercomposer.views.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.DiagramRenderer;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.stack.StackGeometry;
import org.clustercomposer.views.stack.StackRenderer;

/**
 * The whole diagram as a standalone SVG document, drawn at full detail by the same renderer as
 * the canvas. No library: the renderer's few primitives map one-to-one onto SVG elements.
 */
public final class SvgExport {

    private static final double MARGIN = 40;

    private SvgExport() {
    }

    public static String toSvg(DiagramGeometry geometry, Map<String, ElementLoad> loads, LayerVisibility layers,
                               CanvasTheme theme) {
        return toSvg(geometry, loads, layers, theme, 1);
    }

    /** The topology; scale multiplies the document's width and height (the drawing is the same). */
    public static String toSvg(DiagramGeometry geometry, Map<String, ElementLoad> loads, LayerVisibility layers,
                               CanvasTheme theme, double scale) {
        Rect b = geometry.bounds().grow(MARGIN);
        SvgPainter painter = new SvgPainter();
        DiagramRenderer.draw(new DiagramRenderer.Frame(geometry, loads, Set.of(), layers, theme, b, 1), painter);
        return document(b, theme, scale, painter);
    }

    /** The stack view as SVG. */
    public static String toSvg(StackGeometry geometry, Map<String, ElementLoad> loads, LayerVisibility layers,
                               CanvasTheme theme, double scale) {
        Rect b = geometry.bounds().grow(MARGIN);
        SvgPainter painter = new SvgPainter();
        StackRenderer.draw(new StackRenderer.Frame(geometry, loads, Set.of(), Set.of(), layers, theme, b, 1, null), painter);
        return document(b, theme, scale, painter);
    }

    private static String document(Rect b, CanvasTheme theme, double scale, SvgPainter painter) {
        return String.format(Locale.ROOT,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\""
                        + " font-family=\"Inter, Segoe UI, Helvetica, Arial, sans-serif\">%n"
                        + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n%s</svg>%n",
                b.width() * scale, b.height() * scale, b.x(), b.y(), b.width(), b.height(),
                b.x(), b.y(), b.width(), b.height(), SvgPainter.hex(theme.background()), painter.body());
    }

    public static void write(Path file, String svg) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, svg, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
