package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.scene.paint.Color;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.DiagramRenderer;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.canvas.Painter;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.junit.jupiter.api.Test;

/**
 * Host captions are not cut: at every zoom that draws text, on every sample, a node's name and its figures line are
 * drawn whole (the figures line drops whole figures from its end when the box is narrow, never cuts into one: a
 * virtualised host's "40 × 2.5 GHz · 384 GiB · kvm" was drawn "40 × 2.5 GHz · 384 GiB…" from 55 % up).
 */
class HostCaptionsFitTest {

    /** Text calls the renderer makes. */
    private record Drawn(String text, double x, double y) {
    }

    @Test
    void everyNodesNameAndFiguresAreDrawnWholeAtEveryZoom() {
        List<String> cut = new ArrayList<>();
        for (Sample sample : Samples.all()) {
            Scenario s = sample.load();
            Map<String, ElementLoad> loads = UtilizationLoadPredictor.standard().predict(s);
            for (int z = (int) Math.ceil(DiagramRenderer.TEXT_SCALE * 100); z <= 300; z += 5) {
                double scale = z / 100.0;
                DiagramGeometry g = DiagramGeometry.of(s, scale);
                List<Drawn> texts = new ArrayList<>();
                DiagramRenderer.draw(new DiagramRenderer.Frame(g, loads, Set.of(), LayerVisibility.all(), CanvasTheme.LIGHT,
                        g.bounds().grow(100), scale), recorder(texts));
                for (DiagramGeometry.Box box : g.nodes().values()) {
                    Rect r = box.rect();
                    for (Drawn d : texts) {
                        if (d.x() > r.x() && d.x() < r.x() + 20 && d.y() > r.y() && d.y() <= r.y() + 36
                                && d.text().endsWith("…")) {
                            cut.add(String.format(Locale.ROOT, "%s at %d %%: %s %s drawn \"%s\" (whole: \"%s\" / \"%s\")",
                                    sample.file(), z, box.kind(), box.id(), d.text(), g.caption(box.id()),
                                    g.detail(box.id())));
                        }
                    }
                    if (box.kind() == ElementKind.HOST && scale >= DiagramRenderer.VM_DETAIL_SCALE) {
                        String detail = g.detail(box.id());
                        boolean figures = texts.stream().anyMatch(d -> d.x() > r.x() && d.x() < r.x() + 20
                                && Math.abs(d.y() - (r.y() + 34)) < 0.01 && detail.startsWith(d.text())
                                && !d.text().isEmpty());
                        if (!figures) {
                            cut.add(sample.file() + " at " + z + " %: " + box.id() + " has no figures line");
                        }
                    }
                }
            }
        }
        assertTrue(cut.isEmpty(), cut.size() + " cut:\n" + String.join("\n", cut.subList(0, Math.min(20, cut.size()))));
    }

    private static Painter recorder(List<Drawn> texts) {
        return new Painter() {
            @Override
            public void fillRoundRect(Rect r, double arc, Color fill) {
            }

            @Override
            public void strokeRoundRect(Rect r, double arc, Color stroke, double width, boolean dashed) {
            }

            @Override
            public void fillPolygon(double[] xs, double[] ys, Color fill) {
            }

            @Override
            public void strokePolygon(double[] xs, double[] ys, Color stroke, double width, boolean dashed) {
            }

            @Override
            public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
            }

            @Override
            public void text(String text, double x, double y, double size, boolean bold, Color color, Align align) {
                texts.add(new Drawn(text, x, y));
            }
        };
    }
}
