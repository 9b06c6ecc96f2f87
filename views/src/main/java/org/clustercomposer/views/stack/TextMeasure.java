package org.clustercomposer.views.stack;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import org.clustercomposer.views.canvas.Painter;

/** How wide a text is drawn, so chips can be made as wide as their names. */
@FunctionalInterface
public interface TextMeasure {

    double width(String text, double size, boolean bold);

    /** A generous estimate without the toolkit: wider than DejaVu Sans or Inter for ordinary names. */
    TextMeasure ESTIMATE = (text, size, bold) -> Painter.approximateWidth(text, size, bold) * 1.2;

    /**
     * Measures with the toolkit's own font, as the canvas draws, character by character (each
     * character's advance measured once per font, so 10,000 names cost milliseconds, not seconds;
     * the canvas applies no kerning). Call on the FX thread.
     */
    public static TextMeasure fx() {
        Text probe = new Text();
        Map<String, Font> fonts = new HashMap<>();
        Map<String, Double> advances = new HashMap<>();
        return (text, size, bold) -> {
            String key = (bold ? "b" : "r") + Math.round(size);
            Font font = fonts.computeIfAbsent(key, f -> Font.font(Font.getDefault().getFamily(),
                    bold ? FontWeight.BOLD : FontWeight.NORMAL, Math.round(size)));
            double width = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                width += advances.computeIfAbsent(key + ":" + cp, k -> {
                    probe.setFont(font);
                    probe.setText(new String(Character.toChars(cp)));
                    return probe.getLayoutBounds().getWidth();
                });
            }
            return width;
        };
    }
}
