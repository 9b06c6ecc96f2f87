package org.clustercomposer.views.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Values by the cells of a grid their rectangles overlap, so those near a rectangle are found without
 * a look at all of them. Placing the labels of 1,000 SSI domains clear of each other and of every
 * outline was a look at every label and hull per try (docs/decisions/0450). Rectangles past the
 * grid's area go into its edge cells; a non-finite one into none (it meets nothing).
 */
final class RectGrid<T> {

    private final Rect area;
    private final int side;
    private final List<List<T>> cells;

    /** A grid of {@code side} x {@code side} cells over {@code area}. */
    RectGrid(Rect area, int side) {
        this.area = area;
        this.side = side;
        cells = new ArrayList<>(side * side);
        for (int i = 0; i < side * side; i++) {
            cells.add(null);
        }
    }

    void add(Rect r, T value) {
        if (!finite(r)) {
            return;
        }
        for (int cy = cell(r.y(), area.y(), area.height()); cy <= cell(r.maxY(), area.y(), area.height()); cy++) {
            for (int cx = cell(r.x(), area.x(), area.width()); cx <= cell(r.maxX(), area.x(), area.width()); cx++) {
                int i = cy * side + cx;
                if (cells.get(i) == null) {
                    cells.set(i, new ArrayList<>());
                }
                cells.get(i).add(value);
            }
        }
    }

    /** Whether a value in the cells a rectangle overlaps passes the test (which checks the rectangles meet). */
    boolean anyNear(Rect r, Predicate<T> test) {
        if (!finite(r)) {
            return false;
        }
        for (int cy = cell(r.y(), area.y(), area.height()); cy <= cell(r.maxY(), area.y(), area.height()); cy++) {
            for (int cx = cell(r.x(), area.x(), area.width()); cx <= cell(r.maxX(), area.x(), area.width()); cx++) {
                List<T> in = cells.get(cy * side + cx);
                if (in != null) {
                    for (T value : in) {
                        if (test.test(value)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private int cell(double v, double start, double extent) {
        int c = extent <= 0 ? 0 : (int) Math.floor((v - start) / extent * side);
        return Math.max(0, Math.min(side - 1, c));
    }

    private static boolean finite(Rect r) {
        return Double.isFinite(r.x()) && Double.isFinite(r.y()) && Double.isFinite(r.maxX()) && Double.isFinite(r.maxY());
    }
}
