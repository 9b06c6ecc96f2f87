package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagramRendererClipTest {

    private static final Rect VIEW = new Rect(100, 50, 200, 100); // x 100..300, y 50..150

    private static double[] clipped(double x1, double y1, double x2, double y2) {
        double[] end = new double[4];
        assertTrue(DiagramRenderer.clip(new DiagramGeometry.Segment("l", x1, y1, x2, y2), VIEW, end),
                "segment should be seen");
        return end;
    }

    private static boolean seen(double x1, double y1, double x2, double y2) {
        return DiagramRenderer.clip(new DiagramGeometry.Segment("l", x1, y1, x2, y2), VIEW, new double[4]);
    }

    @Test
    void aSegmentInsideIsKeptExactly() {
        assertArrayEquals(new double[] {120, 60, 280, 140}, clipped(120, 60, 280, 140));
    }

    @Test
    void segmentsOutsideAreDropped() {
        assertFalse(seen(0, 0, 90, 200)); // left of the view
        assertFalse(seen(310, 0, 400, 200)); // right
        assertFalse(seen(0, 40, 400, 10)); // above
        assertFalse(seen(0, 160, 400, 200)); // below
        // Its bounds overlap the view, the line passes beside a corner: a bounds test would keep it.
        assertFalse(seen(0, 100, 150, -50));
    }

    /** One crossing per edge and direction, so a wrong sign or bound in any one edge test fails. */
    @ParameterizedTest
    @CsvSource({
        // x1, y1, x2, y2 -> expected clipped x1, y1, x2, y2
        "0, 100, 200, 100, 100, 100, 200, 100", // in over the left edge
        "200, 100, 0, 100, 200, 100, 100, 100", // out over the left edge
        "200, 100, 400, 100, 200, 100, 300, 100", // out over the right edge
        "400, 100, 200, 100, 300, 100, 200, 100", // in over the right edge
        "200, 0, 200, 100, 200, 50, 200, 100", // in over the top edge
        "200, 100, 200, 200, 200, 100, 200, 150", // out over the bottom edge
        "0, 0, 400, 200, 100, 50, 300, 150", // corner to corner, through both
        "50, 25, 350, 175, 100, 50, 300, 150", // diagonal through both corners, ends outside
        "0, 150, 400, 50, 100, 125, 300, 75", // across, in left and out right
    })
    void aCrossingSegmentIsCutAtTheEdges(double x1, double y1, double x2, double y2,
                                         double cx1, double cy1, double cx2, double cy2) {
        assertArrayEquals(new double[] {cx1, cy1, cx2, cy2}, clipped(x1, y1, x2, y2), 1e-9);
    }

    @Test
    void aSegmentOnAnEdgeIsKept() {
        assertArrayEquals(new double[] {100, 60, 100, 140}, clipped(100, 60, 100, 140));
    }

    /**
     * Random segments against sampling: every sampled point of the segment inside the view lies on
     * the clipped part, and the clipped part's ends are inside the view and on the segment.
     */
    @Test
    void randomSegmentsAgreeWithSampling() {
        Random random = new Random(450);
        for (int i = 0; i < 2_000; i++) {
            double x1 = random.nextDouble() * 500 - 50;
            double y1 = random.nextDouble() * 300 - 50;
            double x2 = random.nextDouble() * 500 - 50;
            double y2 = random.nextDouble() * 300 - 50;
            double[] end = new double[4];
            boolean kept = DiagramRenderer.clip(new DiagramGeometry.Segment("l", x1, y1, x2, y2), VIEW, end);
            double firstInside = Double.NaN;
            double lastInside = Double.NaN;
            for (int k = 0; k <= 1_000; k++) {
                double t = k / 1_000.0;
                if (VIEW.contains(x1 + t * (x2 - x1), y1 + t * (y2 - y1))) {
                    firstInside = Double.isNaN(firstInside) ? t : firstInside;
                    lastInside = t;
                }
            }
            String what = "segment " + x1 + "," + y1 + " -> " + x2 + "," + y2;
            if (Double.isNaN(firstInside)) {
                // Sampling may miss a sliver of a corner; a kept one must then be tiny.
                if (kept) {
                    assertTrue(Math.hypot(end[2] - end[0], end[3] - end[1]) <= Math.hypot(x2 - x1, y2 - y1) / 500, what);
                }
                continue;
            }
            assertTrue(kept, what);
            for (int e = 0; e < 4; e += 2) {
                assertTrue(VIEW.grow(1e-9).contains(end[e], end[e + 1]), what + " end outside the view");
                double cross = (end[e] - x1) * (y2 - y1) - (end[e + 1] - y1) * (x2 - x1);
                assertEquals(0, cross / Math.hypot(x2 - x1, y2 - y1), 1e-6, what + " end off the segment");
            }
            double length = Math.hypot(x2 - x1, y2 - y1);
            double step = length / 1_000;
            assertEquals(firstInside * length, Math.hypot(end[0] - x1, end[1] - y1), step + 1e-9, what + " start");
            assertEquals(lastInside * length, Math.hypot(end[2] - x1, end[3] - y1), step + 1e-9, what + " end");
        }
    }
}
