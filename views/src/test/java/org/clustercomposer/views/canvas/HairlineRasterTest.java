package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javafx.scene.paint.Color;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.junit.jupiter.api.Test;

/**
 * {@link Hairlines} blends in integers (two channels per multiplication); the picture must stay the one of the
 * float blend it replaced, which {@link FloatModel} keeps here as the reference: the same coverage per pixel, each
 * channel colour x coverage + under x (1 - opacity x coverage). Compared pixel by pixel on the raw premultiplied
 * pixels (no JavaFX compositing in between), at most {@link #ROUNDING} level apart in any channel: the integer
 * blend weighs coverage in 1/4096 and colour in 1/256 level, so a channel may round the other way. A link or a
 * rectangle one pixel off, or one pixel of the picture changed, must fail the same comparison.
 */
class HairlineRasterTest {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 300;
    private static final double SCALE = 0.1;
    private static final double TX = 7.3;
    private static final double TY = 4.6;
    /**
     * Levels a channel may be apart from the float blend's (found: at most 1 on the known set; on the design 1
     * pixel of 1,600,000 is 2 apart, where many links meet).
     */
    private static final int ROUNDING = 2;
    private static final Color LINK = Color.web("#5f8f7a");
    private static final Color NORMAL = Color.web("#4f7cac");
    private static final Color MARK = Color.web("#8e44ad").deriveColor(0, 1, 1, 0.75);

    @Test
    void theIntegerBlendGivesThePixelsOfTheFloatBlend() {
        List<Painter.Lines> links = links();
        List<Painter.Fills> fills = fills();
        int[] ours = new Hairlines(WIDTH, HEIGHT).rasterize(links, fills, SCALE, TX, TY, 1);
        int[] reference = FloatModel.picture(WIDTH, HEIGHT, links, fills, SCALE, TX, TY);
        assertEquals(0, differing(ours, reference), "pixels more than " + ROUNDING + " level apart from the float blend");
        assertTrue(inked(ours) > 20_000, "the known set covers " + inked(ours) + " pixels");
    }

    @Test
    void theComparisonSeesOnePixelOff() {
        List<Painter.Lines> links = links();
        List<Painter.Fills> fills = fills();
        int[] reference = FloatModel.picture(WIDTH, HEIGHT, links, fills, SCALE, TX, TY);
        int[] ours = new Hairlines(WIDTH, HEIGHT).rasterize(links, fills, SCALE, TX, TY, 1);
        // One pixel of the picture three levels off in one channel.
        int[] touched = ours.clone();
        int at = 150 * WIDTH + 200;
        touched[at] += (touched[at] & 0xff) >= 3 ? -3 : 3;
        assertEquals(1, differing(touched, reference), "one pixel changed by three levels");
        // The first link (the diagonal across the view) one pixel to the right.
        List<Painter.Lines> moved = new ArrayList<>(links);
        double[] c = links.get(0).coordinates().clone();
        c[0] += 1 / SCALE;
        c[2] += 1 / SCALE;
        moved.set(0, new Painter.Lines(c, links.get(0).count(), LINK, 2));
        assertTrue(differing(new Hairlines(WIDTH, HEIGHT).rasterize(moved, fills, SCALE, TX, TY, 1), reference) > 100,
                "a link one pixel off");
        // One small box one pixel wider.
        List<Painter.Fills> wider = new ArrayList<>(fills);
        List<Rect> rects = new ArrayList<>(fills.get(0).rects());
        Rect r = rects.get(rects.size() - 1);
        rects.set(rects.size() - 1, new Rect(r.x(), r.y(), r.width() + 1 / SCALE, r.height()));
        wider.set(0, new Painter.Fills(rects, NORMAL));
        assertTrue(differing(new Hairlines(WIDTH, HEIGHT).rasterize(links, wider, SCALE, TX, TY, 1), reference) > 0,
                "a box one pixel wider");
    }

    /** The canvas bench's 1,000-host design at fit, 1,600 x 1,000: the far-out picture the renderer gives the canvas. */
    @Test
    void aDesignAtFitIsThePictureOfTheFloatBlend() {
        Scenario design = NodePositions.laidOut(new ScenarioGenerator().generate(new GeneratorParameters(1000, 10_000, 20, 42)));
        DiagramGeometry full = DiagramGeometry.of(design);
        Viewport fit = Viewport.fit(full.bounds(), 1600, 1000, 40);
        Map<String, ElementLoad> loads = UtilizationLoadPredictor.standard().predict(design);
        FarPicture far = new FarPicture();
        DiagramRenderer.draw(new DiagramRenderer.Frame(full.forScale(fit.scale()), loads, Set.of(), LayerVisibility.all(),
                CanvasTheme.LIGHT, fit.visibleWorld(1600, 1000), fit.scale()), far);
        assertTrue(far.links.size() > 0 && far.fills.size() > 1, "links and fills far out");
        int[] ours = new Hairlines(1600, 1000).rasterize(far.links, far.fills, fit.scale(), fit.translateX(), fit.translateY(), 1);
        int[] reference = FloatModel.picture(1600, 1000, far.links, far.fills, fit.scale(), fit.translateX(), fit.translateY());
        assertEquals(0, differing(ours, reference), "pixels more than " + ROUNDING + " level apart from the float blend");
        assertTrue(inked(ours) > 50_000, "the design covers " + inked(ours) + " pixels");
    }

    /** Pixels with a channel more than {@link #ROUNDING} levels apart. */
    private static int differing(int[] a, int[] b) {
        assertEquals(a.length, b.length);
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                if (Math.abs((a[i] >>> shift & 0xff) - (b[i] >>> shift & 0xff)) > ROUNDING) {
                    differing++;
                    break;
                }
            }
        }
        return differing;
    }

    private static int inked(int[] picture) {
        int inked = 0;
        for (int p : picture) {
            inked += p != 0 ? 1 : 0;
        }
        return inked;
    }

    /** HairlinePixelsTest's links: a fan into one switch, long links at every angle, 40 random short ones. */
    private static List<Painter.Lines> links() {
        return HairlinePixelsTest.links();
    }

    /** Rows of boxes with gaps under a pixel, marks at three quarters opacity on them (some twice), tiny boxes last. */
    private static List<Painter.Fills> fills() {
        List<Rect> normal = new ArrayList<>();
        List<Rect> marks = new ArrayList<>();
        Random random = new Random(5);
        for (int row = 0; row < 10; row++) {
            for (int column = 0; column < 24; column++) {
                Rect box = new Rect(-100 + column * 184 + row * 7.3, 40 + row * 180, 164, 72);
                normal.add(box);
                for (int vm = 0; vm < random.nextInt(3); vm++) {
                    marks.add(new Rect(box.x() + 2 + vm * 52, box.y() + 40, 56, 26));
                    if (random.nextInt(4) == 0) {
                        marks.add(new Rect(box.x() + 2 + vm * 52, box.y() + 40, 56, 26));
                    }
                }
            }
        }
        for (int i = 0; i < 30; i++) {
            normal.add(new Rect(1000 + i * 37.7, 2500 + i * 3.1, 9 + i, 5 + i / 2.0));
        }
        return List.of(new Painter.Fills(normal, NORMAL), new Painter.Fills(marks, MARK));
    }

    /** What the renderer gives a painter far out: its links and fills, nothing else drawn. */
    private static final class FarPicture implements Painter {
        final List<Lines> links = new ArrayList<>();
        final List<Fills> fills = new ArrayList<>();

        @Override
        public void farPicture(List<Lines> l, List<Fills> f) {
            links.addAll(l);
            fills.addAll(f);
        }

        @Override
        public void fillRoundRect(Rect r, double arc, Color fill) {
        }

        @Override
        public void strokeRoundRect(Rect r, double arc, Color stroke, double width, boolean dashed) {
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, Color fill) {
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, Color stroke, double width, boolean dashed) {
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        }

        @Override
        public void text(String text, double x, double y, double size, boolean bold, Color color, Align align) {
        }
    }

    /**
     * The rasterizer as it was with the float blend (docs/decisions/0450, 2026-12-03): the same segments' and
     * rectangles' coverage, each channel blended in floats. The reference the integer blend is held to.
     */
    private static final class FloatModel {
        private final int width;
        private final int height;
        private final int[] argb;
        private final long[] samples;
        private float alpha;
        private float red;
        private float green;
        private float blue;

        private FloatModel(int width, int height) {
            this.width = width;
            this.height = height;
            argb = new int[width * height];
            samples = new long[width * height];
        }

        static int[] picture(int width, int height, List<Painter.Lines> groups, List<Painter.Fills> fills, double scale,
                             double tx, double ty) {
            FloatModel m = new FloatModel(width, height);
            for (Painter.Lines g : groups) {
                m.colour(g.stroke());
                double w = g.width() * scale;
                double[] c = g.coordinates();
                for (int i = 0; i + 3 < g.count(); i += 4) {
                    double x1 = c[i] * scale + tx;
                    double y1 = c[i + 1] * scale + ty;
                    double x2 = c[i + 2] * scale + tx;
                    double y2 = c[i + 3] * scale + ty;
                    if (Math.abs(x2 - x1) >= Math.abs(y2 - y1)) {
                        m.walk(x1, y1, x2, y2, w, 1, width, width, height);
                    } else {
                        m.walk(y1, x1, y2, x2, w, width, 1, height, width);
                    }
                }
            }
            for (Painter.Fills f : fills) {
                m.colour(f.fill());
                m.fill(f.rects(), scale, tx, ty);
            }
            return m.argb;
        }

        private void colour(Color c) {
            alpha = (float) c.getOpacity();
            red = (float) c.getRed() * alpha;
            green = (float) c.getGreen() * alpha;
            blue = (float) c.getBlue() * alpha;
        }

        private void walk(double a1, double b1, double a2, double b2, double w, int majorStride, int minorStride,
                          int majorExtent, int minorExtent) {
            if (a1 > a2) {
                double t = a1;
                a1 = a2;
                a2 = t;
                t = b1;
                b1 = b2;
                b2 = t;
            }
            double length = a2 - a1;
            if (length <= 0) {
                return;
            }
            double slope = (b2 - b1) / length;
            float perUnit = (float) (w * Math.sqrt(1 + slope * slope));
            int first = Math.max(0, (int) Math.floor(a1));
            int last = Math.min(majorExtent - 1, (int) Math.ceil(a2) - 1);
            for (int i = first; i <= last; i++) {
                double lo = i < a1 ? a1 : i;
                double hi = i + 1 > a2 ? a2 : i + 1;
                double b = b1 + ((lo + hi) * 0.5 - a1) * slope - 0.5;
                int j = (int) Math.floor(b);
                float below = (float) (b - j);
                float area = (float) (hi - lo) * perUnit;
                int index = i * majorStride + j * minorStride;
                if (j >= 0 && j < minorExtent) {
                    blend(index, area * (1 - below));
                }
                if (j + 1 >= 0 && j + 1 < minorExtent) {
                    blend(index + minorStride, area * below);
                }
            }
        }

        private void fill(List<Rect> rects, double scale, double tx, double ty) {
            for (boolean marking : new boolean[] {true, false}) {
                for (Rect r : rects) {
                    double x0 = Math.max(0, r.x() * scale + tx);
                    double y0 = Math.max(0, r.y() * scale + ty);
                    double x1 = Math.min(width, r.maxX() * scale + tx);
                    double y1 = Math.min(height, r.maxY() * scale + ty);
                    if (x1 <= x0 || y1 <= y0) {
                        continue;
                    }
                    for (int row = (int) y0; row <= (int) Math.ceil(y1) - 1; row++) {
                        for (int column = (int) x0; column <= (int) Math.ceil(x1) - 1; column++) {
                            int index = row * width + column;
                            if (marking) {
                                samples[index] |= rows(samplesFrom(y0 - row), samplesFrom(y1 - row))
                                        & columns(samplesFrom(x0 - column), samplesFrom(x1 - column));
                            } else if (samples[index] != 0) {
                                blend(index, Long.bitCount(samples[index]) / 64f);
                                samples[index] = 0;
                            }
                        }
                    }
                }
            }
        }

        private static int samplesFrom(double offset) {
            return Math.max(0, Math.min(8, (int) Math.ceil(offset * 8 - 0.5)));
        }

        /** The bits of sample rows from (inclusive) to (exclusive). */
        private static long rows(int from, int to) {
            long bits = 0;
            for (int j = from; j < to; j++) {
                bits |= 0xffL << (8 * j);
            }
            return bits;
        }

        private static long columns(int from, int to) {
            long bits = 0;
            for (int j = from; j < to; j++) {
                bits |= 0x0101010101010101L << j;
            }
            return bits;
        }

        private void blend(int index, float area) {
            float c = Math.min(1f, area);
            int under = argb[index];
            float keep = 1 - alpha * c;
            argb[index] = channel(alpha * c, under >>> 24, keep) << 24 | channel(red * c, under >>> 16 & 0xff, keep) << 16
                    | channel(green * c, under >>> 8 & 0xff, keep) << 8 | channel(blue * c, under & 0xff, keep);
        }

        private static int channel(float over, int under, float keep) {
            return Math.min(255, (int) (over * 255 + under * keep + 0.5f));
        }
    }
}
