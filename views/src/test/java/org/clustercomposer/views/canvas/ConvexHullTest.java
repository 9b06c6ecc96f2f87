package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ConvexHullTest {

    @Test
    void dropsInteriorPointsOfASquare() {
        List<ConvexHull.Point> hull = ConvexHull.of(List.of(new ConvexHull.Point(0, 0), new ConvexHull.Point(10, 0),
                new ConvexHull.Point(10, 10), new ConvexHull.Point(0, 10), new ConvexHull.Point(5, 5),
                new ConvexHull.Point(5, 0)));
        assertEquals(4, hull.size());
        assertFalse(hull.contains(new ConvexHull.Point(5, 5)));
    }

    @Test
    void containsEveryInputPointForRandomSets() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<ConvexHull.Point> points = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                points.add(new ConvexHull.Point(random.nextDouble() * 100, random.nextDouble() * 100));
            }
            List<ConvexHull.Point> hull = ConvexHull.of(points);
            for (ConvexHull.Point p : points) {
                if (!hull.contains(p)) {
                    // Nudge towards the centroid: strictly interior points must test inside.
                    double cx = hull.stream().mapToDouble(ConvexHull.Point::x).average().orElseThrow();
                    double cy = hull.stream().mapToDouble(ConvexHull.Point::y).average().orElseThrow();
                    assertTrue(ConvexHull.contains(hull, p.x() + (cx - p.x()) * 1e-6, p.y() + (cy - p.y()) * 1e-6));
                }
            }
        }
    }

    @Test
    void thePaddedHullKeepsEveryRectangleThePaddingInside() {
        List<Rect> rects = List.of(new Rect(0, 0, 100, 50), new Rect(300, 200, 100, 50));
        List<ConvexHull.Point> hull = ConvexHull.paddedAround(rects, 10);
        for (Rect r : rects) {
            Rect grown = r.grow(9.9);
            assertTrue(ConvexHull.contains(hull, grown.x(), grown.y()));
            assertTrue(ConvexHull.contains(hull, grown.maxX(), grown.maxY()));
        }
        assertFalse(ConvexHull.contains(hull, 390, 0), "the empty corner stays outside");
    }
}
