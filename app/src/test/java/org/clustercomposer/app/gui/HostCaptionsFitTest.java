package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Viewport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Probe: caption pixels outside the room a host's caption has, over every sample and many zooms. */
class HostCaptionsFitTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void probe(FxRobot robot) throws Exception {
        List<String> found = new ArrayList<>();
        for (Sample sample : Samples.all()) {
            robot.interact(() -> HelpMenu.openSample(window, sample));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.canvasModel().loadsProperty().get().isEmpty());
            for (int z = 35; z <= 250; z += 5) {
                double scale = z / 100.0;
                AtomicReference<WritableImage> shot = new AtomicReference<>();
                robot.interact(() -> {
                    var m = window.canvasModel();
                    Rect b = m.geometry().bounds();
                    double w = window.canvas().canvas().getWidth();
                    double h = window.canvas().canvas().getHeight();
                    m.viewportProperty().set(new Viewport(scale, 0, 0).centredOn(b.centerX(), b.centerY(), w, h));
                    window.canvas().redraw();
                    shot.set(window.canvas().canvas().snapshot(null, null));
                });
                if (z == 60 && sample.file().equals("bare-metal.json")) {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot.get(), null), "png",
                            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
                                    .resolve("probe-bare-metal-60.png").toFile());
                }
                Viewport v = window.canvasModel().viewportProperty().get();
                DiagramGeometry g = window.canvasModel().drawnGeometry();
                Color text = window.canvasModel().themeProperty().get().text();
                PixelReader px = shot.get().getPixelReader();
                for (DiagramGeometry.Box box : g.nodes().values()) {
                    Rect r = box.rect();
                    double x0 = v.toScreenX(r.maxX()) + 1;
                    double y0 = v.toScreenY(r.y() + 5);
                    double y1 = v.toScreenY(r.y() + 21);
                    int dark = 0;
                    double end = x0 + 40;
                    for (DiagramGeometry.Box other : g.nodes().values()) {
                        Rect o = other.rect();
                        if (other != box && o.x() >= r.maxX() - 1 && o.y() < r.y() + 21 && o.maxY() > r.y() + 5) {
                            end = Math.min(end, v.toScreenX(o.x()) - 1);
                        }
                    }
                    for (int x = (int) Math.ceil(x0) + 1; x < end && x < shot.get().getWidth(); x++) {
                        for (int y = (int) y0; y < y1 && y < shot.get().getHeight(); y++) {
                            if (x >= 0 && y >= 0 && near(px.getColor(x, y), text)) {
                                dark++;
                            }
                        }
                    }
                    if (dark > 0) {
                        found.add(String.format(Locale.ROOT, "%s %s %s at %d %%: %d px past the box", sample.file(),
                                box.kind(), g.caption(box.id()), z, dark));
                    }
                }
            }
        }
        found.forEach(System.out::println);
        assertTrue(found.isEmpty(), found.size() + " overflows");
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 0.25;
    }
}
