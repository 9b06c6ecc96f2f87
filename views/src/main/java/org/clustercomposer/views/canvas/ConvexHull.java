package org.clustercomposer.views.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Convex hull of points (Andrew's monotone chain, O(n log n)) and its padded outline, for the
 * translucent shape drawn around an SSI domain's members.
 */
public final class ConvexHull {

    /** A point of an outline. */
    public record Point(double x, double y) {
    }

    private ConvexHull() {
    }

    /** The hull in counter-clockwise order, without repeating the first point. */
    public static List<Point> of(List<Point> points) {
        Point[] p = points.toArray(new Point[0]);
        Arrays.sort(p, Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y));
        if (p.length < 3) {
            return List.of(p);
        }
        Point[] hull = new Point[2 * p.length];
        int k = 0;
        for (Point point : p) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], point) <= 0) {
                k--;
            }
            hull[k++] = point;
        }
        for (int i = p.length - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) {
                k--;
            }
            hull[k++] = p[i];
        }
        return List.of(Arrays.copyOf(hull, k - 1));
    }

    /**
     * The hull of rectangles grown by a padding: each corner is pushed out by the padding, and
     * the hull of those corners keeps every rectangle at least {@code padding} inside.
     */
    public static List<Point> paddedAround(List<Rect> rects, double padding) {
        List<Point> corners = new ArrayList<>(rects.size() * 4);
        for (Rect r : rects) {
            Rect g = r.grow(padding);
            corners.add(new Point(g.x(), g.y()));
            corners.add(new Point(g.maxX(), g.y()));
            corners.add(new Point(g.maxX(), g.maxY()));
            corners.add(new Point(g.x(), g.maxY()));
        }
        return of(corners);
    }

    /** Whether a point lies inside a convex polygon given in counter-clockwise order. */
    public static boolean contains(List<Point> polygon, double x, double y) {
        if (polygon.size() < 3) {
            return false;
        }
        boolean inside = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            Point a = polygon.get(i);
            Point b = polygon.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
