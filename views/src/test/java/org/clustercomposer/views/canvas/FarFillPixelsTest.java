package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Far out the boxes and domain marks a few pixels each are filled by {@link Hairlines}, in one image with the
 * links, not by the JavaFX path fill: the picture must stay the one the path makes. A known set (boxes in rows
 * with gaps thinner than a pixel, overlapping and touching ones of one colour, marks at three quarters opacity
 * over them, some twice on one VM, boxes smaller than a pixel and ones cut by the canvas edge, links under all of it) is drawn both
 * ways and compared pixel by pixel: the pipeline samples 8 sub-pixel rows, so an edge's pixel may be an
 * eighth of its colour off. The same set with one box or one mark dropped, or moved by a pixel, must fail.
 */
@ExtendWith(ApplicationExtension.class)
class FarFillPixelsTest {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 300;
    /** World to screen, as at fit on 1,000 hosts: a host 164 wide is 8.2 px, a VM mark 56 x 26 is 2.8 x 1.3 px. */
    private static final double SCALE = 0.05;
    /** Channel levels a pixel may be apart: an eighth of the darkest colour's distance from white, and rounding. */
    private static final int ROUNDING = 28;
    private static final Color NORMAL = Color.web("#4f7cac");
    private static final Color BUSY = Color.web("#d9822b");
    private static final Color MARK = Color.web("#8e44ad").deriveColor(0, 1, 1, 0.75);
    private static final Color LINK = Color.web("#5f8f7a");

    @Test
    void farFillsGiveThePixelsOfTheJavaFxFill() throws Exception {
        List<Painter.Fills> fills = fills();
        List<Painter.Lines> links = List.of(links());
        WritableImage reference = onFx(() -> draw(p -> javaFx(p, links, fills)));
        WritableImage ours = onFx(() -> draw(p -> p.farPicture(links, fills)));
        assertEquals(0, Pixels.differing(ours, reference, ROUNDING), "pixels apart from the JavaFX fill");
        // Without links too, so the fills alone are seen to take our rasterizer.
        Canvas alone = onFx(() -> canvas(p -> p.farPicture(List.of(), fills)));
        assertTrue(alone.getProperties().get(Hairlines.class) != null, "fills this small are drawn by Hairlines");
        assertEquals(0, Pixels.differing(onFx(() -> alone.snapshot(null, null)),
                onFx(() -> draw(p -> javaFx(p, List.of(), fills))), ROUNDING), "pixels apart without links");
    }

    @Test
    void theComparisonSeesADroppedOrMovedBoxOrMark() throws Exception {
        List<Painter.Fills> fills = fills();
        List<Painter.Lines> links = List.of(links());
        WritableImage reference = onFx(() -> draw(p -> javaFx(p, links, fills)));
        for (int group = 0; group < fills.size(); group++) {
            List<Painter.Fills> dropped = new ArrayList<>(fills);
            List<Rect> rects = new ArrayList<>(fills.get(group).rects());
            Rect gone = rects.get(rects.size() / 2);
            rects.removeIf(gone::equals);
            dropped.set(group, new Painter.Fills(rects, fills.get(group).fill()));
            assertTrue(Pixels.differing(onFx(() -> draw(p -> p.farPicture(links, dropped))), reference, ROUNDING) > 0,
                    "a dropped rectangle of " + fills.get(group).fill() + " must show");
        }
        List<Painter.Fills> moved = fills.stream().map(f -> new Painter.Fills(
                f.rects().stream().map(r -> r.moved(1 / SCALE, 0)).toList(), f.fill())).toList();
        assertTrue(Pixels.differing(onFx(() -> draw(p -> p.farPicture(links, moved))), reference, ROUNDING) > 500,
                "rectangles moved by a pixel must show");
    }

    /**
     * A generated design at fit, as the canvas bench draws it (1,600 x 1,000, its designs): the renderer through the canvas painter
     * against the same with the fills by the JavaFX path, at most one pixel in 10,000 apart. Both pictures go to
     * target/far-pictures to look at.
     */
    @ParameterizedTest(name = "{0} hosts, {1} domains")
    @CsvSource({"1000, 20", "10000, 1000"})
    void aDesignAtFitIsThePictureOfTheJavaFxFill(int hosts, int domains) throws Exception {
        Scenario design = NodePositions.laidOut(new ScenarioGenerator().generate(
                new GeneratorParameters(hosts, hosts * 10, domains, 42)));
        DiagramGeometry full = DiagramGeometry.of(design);
        Viewport fit = Viewport.fit(full.bounds(), 1600, 1000, 40);
        DiagramGeometry g = full.forScale(fit.scale());
        Map<String, ElementLoad> loads = UtilizationLoadPredictor.standard().predict(design);
        DiagramRenderer.Frame frame = new DiagramRenderer.Frame(g, loads, Set.of(), LayerVisibility.all(), CanvasTheme.LIGHT,
                fit.visibleWorld(1600, 1000), fit.scale());
        WritableImage ours = onFx(() -> drawDesign(fit, gc -> DiagramRenderer.draw(frame, new FxPainter(gc))));
        WritableImage reference = onFx(() -> drawDesign(fit, gc -> DiagramRenderer.draw(frame, new JavaFxFills(new FxPainter(gc)))));
        write(ours, "fit-" + hosts + "-rasterized.png");
        write(reference, "fit-" + hosts + "-javafx.png");
        // Found: 1 at 1,000 hosts, 0 at 10,000 (of 1,600,000; with overlapping marks summed instead of their union
        // 717); an exact copy would mean the fills did not come here.
        int apart = Pixels.differing(ours, reference, ROUNDING);
        assertTrue(apart <= 1600 * 1000 / 10_000, apart + " pixels apart from the JavaFX fill");
        assertTrue(Pixels.differing(ours, reference, 0) > 0, "the far-out fills must be drawn by Hairlines");
    }

    /** Rows of boxes with 1 px gaps, marks on them, overlapping, touching, tiny and cut ones; in world units. */
    private static List<Painter.Fills> fills() {
        List<Rect> normal = new ArrayList<>();
        List<Rect> busy = new ArrayList<>();
        List<Rect> marks = new ArrayList<>();
        Random random = new Random(5);
        for (int row = 0; row < 14; row++) {
            for (int column = 0; column < 46; column++) {
                // 164 x 72 with gaps of 20: boxes 8.2 x 3.6 px, a gap 1 px; the rows start off the canvas's left edge.
                Rect box = new Rect(-200 + column * 184 + row * 7.3, 40 + row * 112, 164, 72);
                (random.nextInt(5) == 0 ? busy : normal).add(box);
                for (int vm = 0; vm < random.nextInt(3); vm++) {
                    marks.add(new Rect(box.x() + 2 + vm * 52, box.y() + 40, 56, 26));
                    if (random.nextInt(4) == 0) {
                        // A VM in two domains of one colour: both marks on it, one over the other, cover it once.
                        marks.add(new Rect(box.x() + 2 + vm * 52, box.y() + 40, 56, 26));
                    }
                }
            }
        }
        // Rows of boxes and of marks touching in the middle of a pixel (x = 3.5 + 7.5 n px): one shape, the
        // shared pixel is covered whole (two halves one over the other would leave a quarter of it).
        for (int i = 0; i < 20; i++) {
            normal.add(new Rect(4 + i * 150, 1580, 150, 70));
            marks.add(new Rect(4 + i * 150, 1660, 150, 30));
        }
        // Overlapping and touching boxes of one colour, and boxes smaller than a pixel.
        normal.add(new Rect(1000, 1700, 300, 100));
        normal.add(new Rect(1150, 1750, 300, 100));
        normal.add(new Rect(1450, 1700, 133, 100));
        for (int i = 0; i < 30; i++) {
            normal.add(new Rect(2000 + i * 37.7, 1700 + i * 3.1, 9 + i, 5 + i / 2.0));
        }
        return List.of(new Painter.Fills(normal, NORMAL), new Painter.Fills(busy, BUSY), new Painter.Fills(marks, MARK));
    }

    /** Links 0.1 px wide on screen across the boxes, to be under them. */
    private static Painter.Lines links() {
        double[] c = {0, 0, 8000, 5600, 100, 5000, 8200, 300, 4000, 0, 4100, 5900, 0, 3000, 8400, 3050};
        return new Painter.Lines(c, c.length, LINK, 2);
    }

    /** The far-out picture as before this rasterizer: links by the painter, then each group one JavaFX path fill. */
    private static void javaFx(FxPainter p, List<Painter.Lines> links, List<Painter.Fills> fills) {
        if (!links.isEmpty()) {
            p.lines(links);
        }
        fills.forEach(f -> p.fillRects(f.rects(), f.fill()));
    }

    private static WritableImage draw(Consumer<FxPainter> picture) {
        return canvas(picture).snapshot(null, null);
    }

    private static Canvas canvas(Consumer<FxPainter> picture) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        gc.setTransform(SCALE, 0, 0, SCALE, 3.3, 2.6);
        picture.accept(new FxPainter(gc));
        return canvas;
    }

    private static WritableImage drawDesign(Viewport v, Consumer<GraphicsContext> picture) {
        Canvas canvas = new Canvas(1600, 1000);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(CanvasTheme.LIGHT.background());
        gc.fillRect(0, 0, 1600, 1000);
        gc.setTransform(v.scale(), 0, 0, v.scale(), v.translateX(), v.translateY());
        picture.accept(gc);
        return canvas.snapshot(null, null);
    }

    private static void write(WritableImage image, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "far-pictures"));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir.toFile(), name));
    }

    /** The canvas painter, but its far-out picture drawn the default way: links as lines, fills by the JavaFX path. */
    private record JavaFxFills(FxPainter fx) implements Painter {
        @Override
        public void fillRoundRect(Rect r, double arc, Color fill) {
            fx.fillRoundRect(r, arc, fill);
        }

        @Override
        public void strokeRoundRect(Rect r, double arc, Color stroke, double width, boolean dashed) {
            fx.strokeRoundRect(r, arc, stroke, width, dashed);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, Color fill) {
            fx.fillPolygon(xs, ys, fill);
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, Color stroke, double width, boolean dashed) {
            fx.strokePolygon(xs, ys, stroke, width, dashed);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
            fx.line(x1, y1, x2, y2, stroke, width);
        }

        @Override
        public void lines(List<Lines> groups) {
            fx.lines(groups);
        }

        @Override
        public void fillRects(List<Rect> rects, Color fill) {
            fx.fillRects(rects, fill);
        }

        @Override
        public void text(String text, double x, double y, double size, boolean bold, Color color, Align align) {
            fx.text(text, x, y, size, bold, color, align);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
