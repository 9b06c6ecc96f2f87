package org.clustercomposer.views.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.paint.Color;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;
import org.clustercomposer.views.prediction.DragPreview;

/**
 * The ghost label of a VM or an SSI process group being dragged over a target: the predicted cost in screen pixels
 * (readable at any zoom), beside the target, with a small chart of the bytes sent in each copy pass (the pause last;
 * the label's text counts the same passes). The topology canvas and the stack view both draw it.
 */
public final class MoveCostLabel {

    static final double WIDTH = 330;
    private static final double LINE = 17;
    private static final double PAD = 10;
    private static final double CHART = 46;

    private MoveCostLabel() {
    }

    /**
     * @param target the target's box on screen, or null (the label then sits at the top left)
     */
    public static Rect draw(Painter p, DragPreview preview, Rect target, double viewWidth, double viewHeight, CanvasTheme theme) {
        List<String> lines = wrapped(preview.lines(), WIDTH - 2 * PAD);
        List<Double> rounds = preview.runs() ? preview.passBytes() : List.of();
        boolean chart = rounds.size() > 1;
        double height = PAD * 2 + lines.size() * LINE + (chart ? CHART + LINE : 0);
        // Under the target (its name stays readable), else above it; kept inside the view.
        double x = target == null ? 12 : target.x();
        double y = target == null ? 12 : target.maxY() + 14;
        if (target != null && y + height > viewHeight - 8) {
            y = target.y() - height - 14;
        }
        x = Math.max(8, Math.min(x, viewWidth - WIDTH - 8));
        y = Math.max(8, Math.min(y, viewHeight - height - 8));
        Rect box = new Rect(x, y, WIDTH, height);
        Color accent = preview.runs() ? theme.selection() : theme.overloaded();
        p.fillRoundRect(box, 10, theme.nodeFill().deriveColor(0, 1, 1, 0.96));
        p.strokeRoundRect(box, 10, accent, 1.5, false);
        double baseline = y + PAD + 12;
        for (int i = 0; i < lines.size(); i++) {
            p.text(Painter.fit(lines.get(i), WIDTH - 2 * PAD, i == 0 ? 13 : 12, i == 0), x + PAD, baseline,
                    i == 0 ? 13 : 12, i == 0, i == 0 ? accent : theme.text(), Painter.Align.LEFT);
            baseline += LINE;
        }
        if (chart) {
            drawRounds(p, rounds, new Rect(x + PAD, baseline - 6, WIDTH - 2 * PAD, CHART), theme);
            p.text(Painter.fit("per pass: " + String.join(" → ", rounds.stream()
                    .map(b -> Quantities.display(b, Dimension.SIZE)).toList()) + " (pause)", WIDTH - 2 * PAD, 11, false),
                    x + PAD, baseline + CHART + 8, 11, false, theme.mutedText(), Painter.Align.LEFT);
        }
        return box;
    }

    /**
     * The title as it is (shortened to fit), every other line wrapped at spaces to the width: reasons are long. A number
     * keeps its unit ("9.95 Gbit/s" is never cut after 9.95).
     */
    static List<String> wrapped(List<String> lines, double width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) {
                out.add(lines.get(0));
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : lines.get(i).split("(?<!(?:^|\\s)[\\d.,]{1,12}) ")) {
                if (line.length() > 0 && Painter.approximateWidth(line + " " + word, 12, false) > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** One bar per copy pass, scaled to the largest (the first, full copy); the last bar is the pause. */
    private static void drawRounds(Painter p, List<Double> rounds, Rect area, CanvasTheme theme) {
        double max = rounds.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        int n = rounds.size();
        double gap = n > 20 ? 1 : 3;
        double barWidth = Math.max(1, (area.width() - gap * (n - 1)) / n);
        for (int i = 0; i < n; i++) {
            double h = Math.max(1, rounds.get(i) / max * area.height());
            Color c = i == n - 1 ? theme.high() : theme.selection().deriveColor(0, 1, 1, 0.75);
            p.fillRoundRect(new Rect(area.x() + i * (barWidth + gap), area.maxY() - h, barWidth, h), 0, c);
        }
        p.line(area.x(), area.maxY() + 0.5, area.maxX(), area.maxY() + 0.5, theme.mutedText(), 1);
    }
}
