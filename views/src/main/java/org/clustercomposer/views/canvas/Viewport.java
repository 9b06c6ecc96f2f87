package org.clustercomposer.views.canvas;

/**
 * Zoom and pan: screen = world * scale + translation. Immutable; the canvas view model holds the
 * current one in a property.
 */
public record Viewport(double scale, double translateX, double translateY) {

    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 4;

    public Viewport {
        if (!(scale > 0) || !Double.isFinite(translateX) || !Double.isFinite(translateY)) {
            throw new IllegalArgumentException("bad viewport " + scale + ", " + translateX + ", " + translateY);
        }
    }

    public static Viewport identity() {
        return new Viewport(1, 0, 0);
    }

    public double toScreenX(double worldX) {
        return worldX * scale + translateX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + translateY;
    }

    public double toWorldX(double screenX) {
        return (screenX - translateX) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - translateY) / scale;
    }

    /** Zooms by a factor keeping the world point under the screen point where it is. */
    public Viewport zoomAt(double factor, double screenX, double screenY) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double wx = toWorldX(screenX);
        double wy = toWorldY(screenY);
        return new Viewport(next, screenX - wx * next, screenY - wy * next);
    }

    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, translateX + dx, translateY + dy);
    }

    /** The world rectangle visible in a view of the given size. */
    public Rect visibleWorld(double viewWidth, double viewHeight) {
        return new Rect(toWorldX(0), toWorldY(0), Math.max(0, viewWidth) / scale, Math.max(0, viewHeight) / scale);
    }

    /** Shows the whole rectangle, centred, with a margin; never zooms in past 100 %. */
    public static Viewport fit(Rect world, double viewWidth, double viewHeight, double margin) {
        if (world.width() <= 0 || world.height() <= 0 || viewWidth <= 2 * margin || viewHeight <= 2 * margin) {
            return new Viewport(1, margin - world.x(), margin - world.y());
        }
        double s = Math.min(1, Math.min((viewWidth - 2 * margin) / world.width(), (viewHeight - 2 * margin) / world.height()));
        s = Math.max(MIN_SCALE, s);
        double tx = (viewWidth - world.width() * s) / 2 - world.x() * s;
        double ty = (viewHeight - world.height() * s) / 2 - world.y() * s;
        return new Viewport(s, tx, ty);
    }

    /** Centres the view on a world point, keeping the zoom. */
    public Viewport centredOn(double worldX, double worldY, double viewWidth, double viewHeight) {
        return new Viewport(scale, viewWidth / 2 - worldX * scale, viewHeight / 2 - worldY * scale);
    }
}
