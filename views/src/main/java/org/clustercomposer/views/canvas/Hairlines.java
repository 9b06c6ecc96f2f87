package org.clustercomposer.views.canvas;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import java.nio.IntBuffer;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * What is smaller than a few pixels on screen far out, rasterized here into one image drawn with one
 * {@code drawImage}: the links thinner than a pixel, and the boxes and domain marks a few pixels each. The
 * software pipeline strokes such a line through sub-pixel rows for its whole length (about 70 ms a frame for
 * the 10,500 links of 10,000 hosts at fit) and fills each box through its edge setup (about 18 ms for the
 * boxes and member marks there; docs/decisions/0450).
 * <p>
 * A segment lays its colour over each pixel it crosses by the area it covers there (its width times its
 * length inside the pixel's column or row, split between the two pixels nearest its centre line, as Xiaolin
 * Wu's lines do), in order, one segment over the other. The pipeline's single path covers a pixel crossed by
 * two lines of one stroke once, by their union; composited one over the other they are a little darker where
 * they cross ({@code HairlinePixelsTest} bounds the difference). Rectangles of one colour are one shape, as
 * the pipeline's one path of them: each pixel gets the part of its 8 x 8 sample points their union
 * covers, then that colour over it once ({@code FarFillPixelsTest}). One per canvas, kept in its properties.
 */
final class Hairlines {

    /** Lines up to this wide on screen (pixels) are drawn here; wider ones need their real outline. */
    static final double MAX_WIDTH = 0.5;
    /**
     * Rectangles up to this long on screen (pixels) each way are filled here. At fit a box or a domain's mark
     * is 1-5 px high and up to 18 px long (a row of member VMs at 1,000 hosts); this leaves zooming in by
     * about 2.5 times before the pipeline fills them again, where few enough are on screen.
     */
    static final double MAX_FILL_SIDE = 48;

    private final int width;
    private final int height;
    /**
     * Two images in turn, each over its own pixels (premultiplied ARGB): the one drawn last may still be
     * read by the render thread while the other is written.
     */
    private final int[][] pixels = new int[2][];
    private final PixelBuffer<IntBuffer>[] buffers;
    private final WritableImage[] images = new WritableImage[2];
    /** Per image, what its last drawing left: minX, minY, maxX, maxY (inclusive; empty when max < min). */
    private final int[][] drawn = {{0, 0, -1, -1}, {0, 0, -1, -1}};
    private int nextImage;
    /** The picture being made: the pixels of the next image. */
    private int[] argb;
    /**
     * The colour of the group being drawn, premultiplied, in 1/256 of a channel level (0-65,280): alpha and green
     * in the high and low 32 bits of one long, red and blue of another, so one multiplication weighs two channels
     * (the blend is integer arithmetic, docs/decisions/0450); and its opacity in 1/65,536.
     */
    private long alphaGreen;
    private long redBlue;
    private int opacity;
    /** The pixels drawn in this call: minX, minY, maxX, maxY (inclusive). */
    private final int[] dirty = new int[4];
    /**
     * Per pixel, which of its 8 x 8 sample points the rectangles of the group being filled cover (bit 8 row +
     * column); all zero between groups (a group's second pass sets back what its first set). Made on the first
     * fill.
     */
    private long[] samples;

    @SuppressWarnings("unchecked")
    Hairlines(int width, int height) {
        this.width = width;
        this.height = height;
        buffers = new PixelBuffer[2];
    }

    /** The rasterizer of a canvas at its current size. */
    static Hairlines on(Canvas canvas) {
        if (canvas.getProperties().get(Hairlines.class) instanceof Hairlines held && held.fits(canvas)) {
            return held;
        }
        Hairlines fresh = new Hairlines(Math.max(1, (int) Math.ceil(canvas.getWidth())),
                Math.max(1, (int) Math.ceil(canvas.getHeight())));
        canvas.getProperties().put(Hairlines.class, fresh);
        return fresh;
    }

    /**
     * Makes both images of a canvas's rasterizer, if it has one at the canvas's size, and has the next frame make
     * their textures (a draw of one clear pixel of each). Each image is a canvas-sized array, and so is its texture
     * on the render thread: humongous to G1, and on the app's small heap each such allocation started a collection
     * cycle (a young pause, then a remark). Made in the first drag's frames, they put those pauses there
     * (docs/decisions/0450, 2026-12-04).
     */
    static void prepare(Canvas canvas) {
        if (!(canvas.getProperties().get(Hairlines.class) instanceof Hairlines held) || !held.fits(canvas)) {
            return; // it draws no far picture at this size
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        for (int k = 0; k < 2; k++) {
            held.image(k);
            // A pixel the last picture inked would be drawn twice over it.
            if (held.pixels[k][0] == 0) {
                gc.save();
                gc.setTransform(1, 0, 0, 1, 0, 0);
                gc.drawImage(held.images[k], 0, 0, 1, 1, 0, 0, 1, 1);
                gc.restore();
            }
        }
    }

    /** The images a canvas's rasterizer has made so far (none without one); for tests. */
    static List<WritableImage> images(Canvas canvas) {
        return canvas.getProperties().get(Hairlines.class) instanceof Hairlines held
                ? Arrays.stream(held.images).filter(Objects::nonNull).toList() : List.of();
    }

    private boolean fits(Canvas canvas) {
        return width == Math.max(1, (int) Math.ceil(canvas.getWidth()))
                && height == Math.max(1, (int) Math.ceil(canvas.getHeight()));
    }

    /** Image k, made over its own pixels the first time. */
    private void image(int k) {
        if (pixels[k] == null) {
            pixels[k] = new int[width * height];
        }
        if (images[k] == null) {
            buffers[k] = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels[k]), PixelFormat.getIntArgbPreInstance());
            images[k] = new WritableImage(buffers[k]);
        }
    }

    /**
     * Draws groups of segments, then groups of rectangles, in order, given in world coordinates, mapped to
     * the canvas by {@code scale} and {@code (tx, ty)}, each line {@code widthFactor} times its group's width
     * in world units.
     */
    void draw(GraphicsContext gc, List<Painter.Lines> groups, List<Painter.Fills> fills, double scale, double tx,
              double ty, double widthFactor) {
        int k = nextImage;
        rasterize(groups, fills, scale, tx, ty, widthFactor);
        if (dirty[2] < dirty[0] || dirty[3] < dirty[1]) {
            return;
        }
        image(k);
        nextImage = 1 - k;
        int x0 = dirty[0];
        int y0 = dirty[1];
        int w = dirty[2] - x0 + 1;
        int h = dirty[3] - y0 + 1;
        // Only what this drawing touched goes to the texture, and only that is drawn.
        buffers[k].updateBuffer(b -> new Rectangle2D(x0, y0, w, h));
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setImageSmoothing(false);
        gc.drawImage(images[k], x0, y0, w, h, x0, y0, w, h);
        gc.restore();
    }

    /**
     * The picture of {@link #draw} in the pixels of the next image (premultiplied ARGB, row by row, the canvas's
     * size), which it returns; {@link #dirty} says what it touched. Pixels outside that are transparent.
     */
    int[] rasterize(List<Painter.Lines> groups, List<Painter.Fills> fills, double scale, double tx, double ty,
                    double widthFactor) {
        int k = nextImage;
        if (pixels[k] == null) {
            pixels[k] = new int[width * height];
        }
        argb = pixels[k];
        int[] last = drawn[k];
        for (int y = last[1]; y <= last[3]; y++) {
            Arrays.fill(argb, y * width + last[0], y * width + last[2] + 1, 0);
        }
        dirty[0] = width;
        dirty[1] = height;
        dirty[2] = -1;
        dirty[3] = -1;
        for (Painter.Lines g : groups) {
            double w = g.width() * widthFactor * scale;
            double[] c = g.coordinates();
            colour(g.stroke());
            for (int i = 0; i + 3 < g.count(); i += 4) {
                cover(c[i] * scale + tx, c[i + 1] * scale + ty, c[i + 2] * scale + tx, c[i + 3] * scale + ty, w);
            }
        }
        for (Painter.Fills f : fills) {
            colour(f.fill());
            fill(f.rects(), scale, tx, ty);
        }
        System.arraycopy(dirty, 0, last, 0, 4);
        return argb;
    }

    /** The colour of the group drawn next, premultiplied. */
    private void colour(Color c) {
        double a = c.getOpacity();
        opacity = (int) Math.round(a * 65536);
        alphaGreen = Math.round(a * 255 * 256) << 32 | Math.round(c.getGreen() * a * 255 * 256);
        redBlue = Math.round(c.getRed() * a * 255 * 256) << 32 | Math.round(c.getBlue() * a * 255 * 256);
    }

    /**
     * Fills rectangles of one colour as one shape, their union, as the pipeline's path of them: first each marks
     * the sample points it covers in each pixel (8 x 8, the pipeline takes 8 rows too) in {@link #samples}, then
     * each pixel still marked gets the colour by the part of its points marked and is unmarked, so a pixel two
     * rectangles share, side by side or one over the other, is drawn once by what they cover together.
     */
    private void fill(List<Rect> rects, double scale, double tx, double ty) {
        if (samples == null) {
            samples = new long[width * height];
        }
        for (boolean marking : new boolean[] {true, false}) {
            for (Rect r : rects) {
                double x0 = Math.max(0, r.x() * scale + tx);
                double y0 = Math.max(0, r.y() * scale + ty);
                double x1 = Math.min(width, r.maxX() * scale + tx);
                double y1 = Math.min(height, r.maxY() * scale + ty);
                if (x1 <= x0 || y1 <= y0) {
                    continue;
                }
                int firstColumn = (int) x0;
                int lastColumn = (int) Math.ceil(x1) - 1;
                int firstRow = (int) y0;
                int lastRow = (int) Math.ceil(y1) - 1;
                for (int row = firstRow; row <= lastRow; row++) {
                    int index = row * width + firstColumn;
                    if (marking) {
                        long rows = SAMPLE_ROWS[samplesFrom(y0 - row)] & ~SAMPLE_ROWS[samplesFrom(y1 - row)];
                        for (int column = firstColumn; column <= lastColumn; column++, index++) {
                            long columns = SAMPLE_COLUMNS[samplesFrom(x0 - column)] & ~SAMPLE_COLUMNS[samplesFrom(x1 - column)];
                            samples[index] |= rows & columns;
                        }
                    } else {
                        for (int column = firstColumn; column <= lastColumn; column++, index++) {
                            if (samples[index] != 0) {
                                blend(index, Long.bitCount(samples[index]) * (COVERED / 64));
                                samples[index] = 0;
                            }
                        }
                    }
                }
                if (marking) {
                    dirty[0] = Math.min(dirty[0], firstColumn);
                    dirty[1] = Math.min(dirty[1], firstRow);
                    dirty[2] = Math.max(dirty[2], lastColumn);
                    dirty[3] = Math.max(dirty[3], lastRow);
                }
            }
        }
    }

    /**
     * The sample points at or past an offset into a pixel: the first of the 8 whose centre, (i + 0.5) / 8, is
     * at or right of it (0 for an offset before the pixel, 8 past it).
     */
    private static int samplesFrom(double offset) {
        return Math.max(0, Math.min(8, (int) Math.ceil(offset * 8 - 0.5)));
    }

    /** Per first sample row i (0-8), the bits of rows i to 7. */
    private static final long[] SAMPLE_ROWS = new long[9];
    /** Per first sample column i (0-8), the bits of columns i to 7 in every row. */
    private static final long[] SAMPLE_COLUMNS = new long[9];

    static {
        for (int i = 0; i <= 8; i++) {
            for (int j = i; j < 8; j++) {
                SAMPLE_ROWS[i] |= 0xffL << (8 * j);
                SAMPLE_COLUMNS[i] |= 0x0101010101010101L << j;
            }
        }
    }

    /** Lays a segment (screen pixels) over the pixels it crosses, walking its longer axis. */
    private void cover(double x1, double y1, double x2, double y2, double w) {
        if (Math.abs(x2 - x1) >= Math.abs(y2 - y1)) {
            walk(x1, y1, x2, y2, w, 1, width, width, height);
        } else {
            walk(y1, x1, y2, x2, w, width, 1, height, width);
        }
        dirty[0] = Math.min(dirty[0], clamp((int) Math.floor(Math.min(x1, x2)) - 1, width));
        dirty[1] = Math.min(dirty[1], clamp((int) Math.floor(Math.min(y1, y2)) - 1, height));
        dirty[2] = Math.max(dirty[2], clamp((int) Math.floor(Math.max(x1, x2)) + 1, width));
        dirty[3] = Math.max(dirty[3], clamp((int) Math.floor(Math.max(y1, y2)) + 1, height));
    }

    private static int clamp(int v, int extent) {
        return Math.max(0, Math.min(extent - 1, v));
    }

    /**
     * Along the major axis {@code a} (x, or y for a steep segment), one step per pixel: the part of the
     * segment in that column (or row), its area split between the two pixels of the minor axis
     * {@code b} nearest the centre line. The strides say how far one step along each axis is in
     * {@link #argb}.
     */
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
            // Whole pixels inside, parts at the two ends.
            double lo = i < a1 ? a1 : i;
            double hi = i + 1 > a2 ? a2 : i + 1;
            double b = b1 + ((lo + hi) * 0.5 - a1) * slope - 0.5;
            int j = (int) Math.floor(b);
            float below = (float) (b - j);
            float area = (float) (hi - lo) * perUnit;
            int index = i * majorStride + j * minorStride;
            if (j >= 0 && j < minorExtent) {
                blend(index, coverage(area * (1 - below)));
            }
            if (j + 1 >= 0 && j + 1 < minorExtent) {
                blend(index + minorStride, coverage(area * below));
            }
        }
    }

    /** A pixel covered whole, in {@link #blend}'s units. */
    private static final int COVERED = 4096;

    /** The part of a pixel an area covers, in 1/4096 (at most all of it). */
    private static int coverage(float area) {
        return Math.min(COVERED, (int) (area * COVERED + 0.5f));
    }

    /**
     * The group's colour over a pixel by the part of it covered (1/4096): each channel is colour x coverage + under
     * x (1 - opacity x coverage), rounded, in integers, two channels in the two halves of a long (colour in 1/256
     * level times coverage in 1/4096, under times keep in 1/2^20: each at most 2^28, their sum at most 255.06
     * levels, so no half carries into the other and none passes 255 once rounded).
     */
    private void blend(int index, int covered) {
        int under = argb[index];
        long keep = (COVERED - (opacity * covered >> 16)) << 8;
        long ag = alphaGreen * covered + ((long) (under >>> 24) << 32 | under >>> 8 & 0xff) * keep + HALF_LEVELS >>> 20;
        long rb = redBlue * covered + ((long) (under >>> 16 & 0xff) << 32 | under & 0xff) * keep + HALF_LEVELS >>> 20;
        argb[index] = (int) (ag >>> 32) << 24 | (int) (rb >>> 32) << 16 | (int) (ag & 0xff) << 8 | (int) (rb & 0xff);
    }

    /** Half a level, in 1/2^20 of one, in both halves of a long: rounds both channels. */
    private static final long HALF_LEVELS = 1L << 51 | 1L << 19;
}
