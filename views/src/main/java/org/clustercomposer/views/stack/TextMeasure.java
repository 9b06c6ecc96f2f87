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

    /** Measures with the toolkit's own font, as the canvas draws; call on the FX thread. */
    static TextMeasure fx() {
        Text probe = new Text();
        Map<String, Double> cache = new HashMap<>();
        return (text, size, bold) -> cache.computeIfAbsent((bold ? "b" : "r") + size + ":" + text, k -> {
            probe.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL,
                    Math.round(size)));
            probe.setText(text);
            return probe.getLayoutBounds().getWidth();
        });
    }
}
