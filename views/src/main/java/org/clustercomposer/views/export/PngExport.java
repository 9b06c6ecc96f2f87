package org.clustercomposer.views.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.DiagramRenderer;
import org.clustercomposer.views.canvas.FxPainter;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.canvas.Painter;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.stack.StackGeometry;
import org.clustercomposer.views.stack.StackRenderer;

/** The whole diagram as a PNG, drawn off screen at full detail. Call on the FX thread. */
public final class PngExport {

    private static final double MARGIN = 40;
    /** Larger drawings are scaled down to keep the image within what a canvas can hold. */
    private static final double MAX_SIDE = 8000;

    private PngExport() {
    }

    public static WritableImage render(DiagramGeometry geometry, Map<String, ElementLoad> loads, LayerVisibility layers,
                                       CanvasTheme theme) {
        return render(geometry, loads, layers, theme, 1);
    }

    /** The topology at a pixel scale (1, 2 or 4 pixels per canvas unit; less for huge drawings). */
    public static WritableImage render(DiagramGeometry geometry, Map<String, ElementLoad> loads, LayerVisibility layers,
                                       CanvasTheme theme, double pixelScale) {
        return render(geometry.bounds().grow(MARGIN), theme, pixelScale, (b, scale, painter) -> DiagramRenderer.draw(
                new DiagramRenderer.Frame(geometry, loads, Set.of(), layers, theme, b,
                        Math.max(scale, DiagramRenderer.VM_DETAIL_SCALE)), painter));
    }

    /** The stack view at a pixel scale. */
    public static WritableImage render(StackGeometry geometry, Map<String, ElementLoad> loads, LayerVisibility layers,
                                       CanvasTheme theme, double pixelScale) {
        return render(geometry.bounds().grow(MARGIN), theme, pixelScale, (b, scale, painter) -> StackRenderer.draw(
                new StackRenderer.Frame(geometry, loads, Set.of(), Set.of(), layers, theme, b, 1, null), painter));
    }

    /** Draws a world rectangle into an image. */
    @FunctionalInterface
    interface Drawing {
        void draw(Rect world, double scale, Painter painter);
    }

    private static WritableImage render(Rect b, CanvasTheme theme, double pixelScale, Drawing drawing) {
        double scale = Math.min(pixelScale, MAX_SIDE / Math.max(1, Math.max(b.width(), b.height())));
        Canvas canvas = new Canvas(Math.ceil(b.width() * scale), Math.ceil(b.height() * scale));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(theme.background());
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setTransform(scale, 0, 0, scale, -b.x() * scale, -b.y() * scale);
        drawing.draw(b, scale, new FxPainter(gc));
        return canvas.snapshot(null, null);
    }

    public static void write(WritableImage image, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile())) {
            throw new IOException("no PNG writer available");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
