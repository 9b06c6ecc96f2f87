package org.clustercomposer.views.canvas;

import javafx.scene.paint.Color;

import org.clustercomposer.views.prediction.ElementLoad;

/** The canvas colors for the light and the dark theme (Primer palette, as AtlantaFX uses). */
public record CanvasTheme(Color background, Color grid, Color nodeFill, Color nodeStroke, Color text, Color mutedText,
                          Color switchFill, Color storageFill, Color vmFill, Color vmStroke, Color vmText,
                          Color ssi, Color ssiFill, Color appFill, Color appStroke, Color appText, Color link,
                          Color selection, Color normal, Color high, Color overloaded,
                          Color highFill, Color overloadedFill, Color highlight) {

    public static final CanvasTheme LIGHT = new CanvasTheme(
            Color.web("#f6f8fa"), Color.web("#e6e9ed"), Color.WHITE, Color.web("#afb8c1"), Color.web("#1f2328"),
            Color.web("#59636e"), Color.web("#eef1f4"), Color.web("#f6f0ff"), Color.web("#ddf4ff"),
            Color.web("#54aeff"), Color.web("#0550ae"), Color.web("#8250df"), Color.web("#8250df", 0.08),
            Color.web("#fff1e5"), Color.web("#fb8f44"), Color.web("#953800"), Color.web("#8c959f"),
            Color.web("#0969da"), Color.web("#1a7f37"), Color.web("#bf8700"), Color.web("#cf222e"),
            Color.web("#fff8c5"), Color.web("#ffebe9"), Color.web("#d6008f"));

    public static final CanvasTheme DARK = new CanvasTheme(
            Color.web("#0d1117"), Color.web("#1c2128"), Color.web("#161b22"), Color.web("#3d444d"), Color.web("#e6edf3"),
            Color.web("#9198a1"), Color.web("#21262d"), Color.web("#1d1730"), Color.web("#0c2d6b"),
            Color.web("#388bfd"), Color.web("#a5d6ff"), Color.web("#a371f7"), Color.web("#a371f7", 0.12),
            Color.web("#2d1b0e"), Color.web("#db6d28"), Color.web("#ffa657"), Color.web("#656c76"),
            Color.web("#58a6ff"), Color.web("#3fb950"), Color.web("#d29922"), Color.web("#f85149"),
            Color.web("#2e2a12"), Color.web("#3b1618"), Color.web("#ff5cc8"));

    /**
     * Presentation mode: black on white, saturated and dark fills of text so it reads on a washed-out
     * projector, no grid to speak of; the lesson ring is a strong magenta, apart from every SSI colour.
     */
    public static final CanvasTheme HIGH_CONTRAST = new CanvasTheme(
            Color.WHITE, Color.web("#f4f4f4"), Color.WHITE, Color.BLACK, Color.BLACK,
            Color.web("#222222"), Color.web("#e8e8e8"), Color.web("#efe6ff"), Color.web("#cfe8ff"),
            Color.web("#003c8f"), Color.web("#001a57"), Color.web("#5a00c8"), Color.web("#5a00c8", 0.10),
            Color.web("#ffe3c2"), Color.web("#9a3c00"), Color.web("#5a1e00"), Color.web("#333333"),
            Color.web("#0040ff"), Color.web("#006400"), Color.web("#8a5a00"), Color.web("#c00000"),
            Color.web("#fff0a0"), Color.web("#ffd0d0"), Color.web("#d6008f"));

    public Color levelColor(ElementLoad load) {
        return switch (load.level()) {
            case NORMAL -> normal;
            case HIGH -> high;
            case OVERLOADED -> overloaded;
        };
    }

    public Color levelFill(ElementLoad load, Color otherwise) {
        return switch (load.level()) {
            case NORMAL -> otherwise;
            case HIGH -> highFill;
            case OVERLOADED -> overloadedFill;
        };
    }
}
