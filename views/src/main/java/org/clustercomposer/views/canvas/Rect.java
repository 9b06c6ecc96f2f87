package org.clustercomposer.views.canvas;

/** An axis-aligned rectangle in canvas coordinates. */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + " x " + height);
        }
    }

    public static Rect between(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public boolean contains(Rect r) {
        return r.x >= x && r.y >= y && r.maxX() <= maxX() && r.maxY() <= maxY();
    }

    public boolean intersects(Rect r) {
        return r.x <= maxX() && r.maxX() >= x && r.y <= maxY() && r.maxY() >= y;
    }

    public Rect union(Rect r) {
        return between(Math.min(x, r.x), Math.min(y, r.y), Math.max(maxX(), r.maxX()), Math.max(maxY(), r.maxY()));
    }

    public Rect grow(double margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Rect moved(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }
}
