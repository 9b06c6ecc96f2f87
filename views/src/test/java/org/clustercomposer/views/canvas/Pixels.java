package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Pixel comparison for the canvas tests that check two ways of drawing give one picture. */
final class Pixels {

    private Pixels() {
    }

    /** Pixels of two same-sized images with a channel more than {@code rounding} levels apart. */
    static int differing(WritableImage a, WritableImage b, int rounding) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int p = pa.getArgb(x, y);
                int q = pb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((p >>> shift & 0xff) - (q >>> shift & 0xff)) > rounding) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }
}
