package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ViewportTest {

    @ParameterizedTest
    @CsvSource({"1.25, 100, 100", "0.5, 640, 20", "3, 0, 0"})
    void zoomKeepsTheWorldPointUnderTheCursor(double factor, double sx, double sy) {
        Viewport v = new Viewport(0.8, 30, -12);
        double wx = v.toWorldX(sx);
        double wy = v.toWorldY(sy);
        Viewport z = v.zoomAt(factor, sx, sy);
        assertEquals(sx, z.toScreenX(wx), 1e-9);
        assertEquals(sy, z.toScreenY(wy), 1e-9);
    }

    @Test
    void zoomStaysWithinItsLimits() {
        assertEquals(Viewport.MAX_SCALE, Viewport.identity().zoomAt(1000, 0, 0).scale());
        assertEquals(Viewport.MIN_SCALE, Viewport.identity().zoomAt(1e-6, 0, 0).scale());
    }

    @Test
    void fitShowsTheWholeRectangleAndNeverZoomsPastFullSize() {
        Rect world = new Rect(-500, 100, 20_000, 3_000);
        Viewport v = Viewport.fit(world, 1600, 1000, 40);
        assertTrue(v.visibleWorld(1600, 1000).contains(world));
        assertEquals(1.0, Viewport.fit(new Rect(0, 0, 100, 100), 1600, 1000, 40).scale());
    }
}
