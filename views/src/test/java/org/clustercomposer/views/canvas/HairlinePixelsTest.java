package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Links thinner than a pixel on screen are drawn by {@link Hairlines}, not by the JavaFX stroke:
 * the picture must stay the one the stroke makes. A known set of links (a fan into one switch, long
 * and short ones at every angle, near-horizontal and near-vertical ones, two colours and widths) is
 * drawn both ways and compared as the ink in the 5 x 5 pixels around each pixel (the stroke samples
 * sub-pixel rows, so one pixel of a line a fifth of a pixel wide may differ by its whole value while
 * the ink around it does not). The same links with one dropped, or all moved by two pixels, must
 * fail that comparison.
 */
@ExtendWith(ApplicationExtension.class)
class HairlinePixelsTest {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 300;
    /** The ink is compared over this many pixels square around each pixel. */
    private static final int WINDOW = 5;
    /** World to screen, as at fit on a large design: links 2 and 3.5 wide are 0.2 and 0.35 px. */
    private static final double SCALE = 0.1;
    /** Where many links meet, the ink may differ by this part of itself. */
    private static final double CROWDED = 0.35;
    /** Pixels of the 126,000 allowed past the tolerance (found: 5, near the fan's hub and the near-horizontal link). */
    private static final int ALLOWED_APART = 8;
    private static final Color LINK = Color.web("#5f8f7a");
    private static final Color BUSY = Color.web("#d9822b");

    @Test
    void hairlinesGiveTheInkOfTheJavaFxStroke() throws Exception {
        List<Painter.Lines> links = links();
        WritableImage reference = onFx(() -> stroked(links));
        WritableImage ours = onFx(() -> rasterized(links));

        double tolerance = tolerance(links);
        int apart = pixelsApart(ours, reference, tolerance);
        assertTrue(apart <= ALLOWED_APART, apart + " pixels whose ink around them differs from the JavaFX stroke's");
        assertTrue(ink(ours) > 0.9 * ink(reference) && ink(ours) < 1.1 * ink(reference),
                "total ink " + ink(ours) + " against the stroke's " + ink(reference));
    }

    @Test
    void theComparisonSeesADroppedOrMisplacedLink() throws Exception {
        List<Painter.Lines> links = links();
        WritableImage reference = onFx(() -> stroked(links));
        double tolerance = tolerance(links);
        List<Painter.Lines> dropped = new ArrayList<>(links);
        Painter.Lines first = dropped.get(0);
        // The first group without its longest link (the diagonal across the view).
        dropped.set(0, new Painter.Lines(Arrays.copyOfRange(first.coordinates(), 4, first.count()), first.count() - 4,
                first.stroke(), first.width()));
        assertTrue(pixelsApart(onFx(() -> rasterized(dropped)), reference, tolerance) > 100, "a dropped link must show");
        List<Painter.Lines> moved = map(links, c -> {
            double[] shifted = c.clone();
            for (int i = 0; i < shifted.length; i++) {
                shifted[i] += 2 / SCALE;
            }
            return shifted;
        });
        assertTrue(pixelsApart(onFx(() -> rasterized(moved)), reference, tolerance) > 500, "links moved by 2 px must show");
    }

    /** The picture as the JavaFX stroke draws it: one path per group, as FxPainter does for lines a pixel wide or more. */
    private static WritableImage stroked(List<Painter.Lines> groups) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        FxPainter stroke = new FxPainter(background(canvas));
        groups.forEach(stroke::strokeAsOnePath);
        return canvas.snapshot(null, null);
    }

    /** The picture through the painter the canvas uses, which must take the hairline path here. */
    private static WritableImage rasterized(List<Painter.Lines> groups) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        new FxPainter(background(canvas)).lines(groups);
        assertTrue(canvas.getProperties().get(Hairlines.class) != null, "links this thin are drawn by Hairlines");
        return canvas.snapshot(null, null);
    }

    private static GraphicsContext background(Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        gc.setTransform(SCALE, 0, 0, SCALE, 7.3, 4.6);
        return gc;
    }

    /** Links in world units: the longest first, a fan into one point, near-axis ones, short ones at random. */
    static List<Painter.Lines> links() {
        List<Double> normal = new ArrayList<>(List.of(100.0, 150.0, 3900.0, 2800.0, 200.0, 503.0, 3950.0, 530.0,
                407.0, 300.0, 437.0, 2850.0));
        double hubX = 2000;
        double hubY = 300;
        for (int i = 0; i < 24; i++) {
            // No two of them on one line: the stroke covers where lines of one group coincide once, these twice.
            normal.addAll(List.of(hubX, hubY, 250.0 + i * 150, 1600.0 + (i % 3) * 300 + i * 13));
        }
        Random random = new Random(7);
        List<Double> busy = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double x = 300 + random.nextDouble() * 3400;
            double y = 700 + random.nextDouble() * 2000;
            double angle = random.nextDouble() * 2 * Math.PI;
            double length = 20 + random.nextDouble() * 400;
            busy.addAll(List.of(x, y, x + length * Math.cos(angle), y + length * Math.sin(angle)));
        }
        return List.of(group(normal, LINK, 2), group(busy, BUSY, 3.5));
    }

    private static Painter.Lines group(List<Double> coordinates, Color colour, double width) {
        double[] c = coordinates.stream().mapToDouble(Double::doubleValue).toArray();
        return new Painter.Lines(c, c.length, colour, width);
    }

    private static List<Painter.Lines> map(List<Painter.Lines> groups, UnaryOperator<double[]> f) {
        return groups.stream().map(g -> new Painter.Lines(f.apply(g.coordinates()), g.count(), g.stroke(), g.width())).toList();
    }

    /**
     * How far the ink around a pixel may be from the stroke's: three quarters of what one link of the
     * thinnest group leaves crossing the window straight (its width on screen times the window, at its
     * colour's channel sum). The stroke samples 8 sub-pixel rows, so a near-horizontal line a fifth of
     * a pixel wide comes out an eighth or a quarter of a pixel wide, row by row. Where many links meet
     * the ink may differ by {@link #CROWDED} of itself: the stroke covers the union of a group's lines
     * once, these are laid one over the other.
     */
    private static double tolerance(List<Painter.Lines> groups) {
        Painter.Lines thinnest = groups.stream().min((a, b) -> Double.compare(a.width(), b.width())).orElseThrow();
        Color c = thinnest.stroke();
        double channels = 255 * ((1 - c.getRed()) + (1 - c.getGreen()) + (1 - c.getBlue()));
        return 0.75 * thinnest.width() * SCALE * WINDOW * channels;
    }

    /** Pixels whose ink (levels below white in the window around them) differs by more than the tolerance. */
    private static int pixelsApart(WritableImage a, WritableImage b, double tolerance) {
        double[][] inkA = windowInk(a);
        double[][] inkB = windowInk(b);
        int apart = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double allowed = Math.max(tolerance, CROWDED * Math.max(inkA[y][x], inkB[y][x]));
                if (Math.abs(inkA[y][x] - inkB[y][x]) > allowed) {
                    apart++;
                }
            }
        }
        return apart;
    }

    /** Per pixel, the ink of the WINDOW x WINDOW pixels around it (summed over channels), by a summed-area table. */
    private static double[][] windowInk(WritableImage image) {
        PixelReader r = image.getPixelReader();
        double[][] sums = new double[HEIGHT + 1][WIDTH + 1];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int p = r.getArgb(x, y);
                double ink = 3 * 255 - (p >>> 16 & 0xff) - (p >>> 8 & 0xff) - (p & 0xff);
                sums[y + 1][x + 1] = ink + sums[y][x + 1] + sums[y + 1][x] - sums[y][x];
            }
        }
        int half = WINDOW / 2;
        double[][] window = new double[HEIGHT][WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int x0 = Math.max(0, x - half);
                int y0 = Math.max(0, y - half);
                int x1 = Math.min(WIDTH, x + half + 1);
                int y1 = Math.min(HEIGHT, y + half + 1);
                window[y][x] = sums[y1][x1] - sums[y0][x1] - sums[y1][x0] + sums[y0][x0];
            }
        }
        return window;
    }

    /** All the ink of a picture. */
    private static double ink(WritableImage image) {
        PixelReader r = image.getPixelReader();
        double ink = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int p = r.getArgb(x, y);
                ink += 3 * 255 - (p >>> 16 & 0xff) - (p >>> 8 & 0xff) - (p & 0xff);
            }
        }
        return ink;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
