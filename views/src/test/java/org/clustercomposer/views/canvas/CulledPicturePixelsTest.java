package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;

import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the renderer leaves out because it is off screen (elements outside the visible rectangle,
 * links cut at its edge) changes no pixel: at several zooms and places, the culled picture equals
 * one drawn with everything, and a picture culled to the wrong rectangle does not.
 */
@ExtendWith(ApplicationExtension.class)
class CulledPicturePixelsTest {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 420;
    /** Channel levels two drawings of one edge may differ by (cut links end outside the view). */
    private static final int ROUNDING = 16;
    private static final Scenario DESIGN = laidOut(new ScenarioGenerator().generate(new GeneratorParameters(60, 240, 4, 11)));

    static Stream<Arguments> viewports() {
        DiagramGeometry g = DiagramGeometry.of(DESIGN);
        Rect w = g.bounds();
        return Stream.of(Arguments.of("fit", Viewport.fit(w, WIDTH, HEIGHT, 40)),
                Arguments.of("25 % at a corner", new Viewport(0.25, 0, 0).centredOn(w.x() + w.width() * 0.2, w.y() + w.height() * 0.3,
                        WIDTH, HEIGHT)),
                Arguments.of("40 % in the middle", new Viewport(0.4, 0, 0).centredOn(w.centerX(), w.centerY(), WIDTH, HEIGHT)),
                Arguments.of("100 % on a host", onFirstHost(g, 1)),
                Arguments.of("200 % on a host", onFirstHost(g, 2)),
                Arguments.of("100 % between racks", new Viewport(1, 0, 0).centredOn(w.x() + w.width() * 0.6, w.y() + w.height() * 0.15,
                        WIDTH, HEIGHT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewports")
    void theCulledPictureIsTheWholeOne(String name, Viewport v) throws Exception {
        DiagramGeometry g = DiagramGeometry.of(DESIGN).forScale(v.scale());
        Map<String, ElementLoad> loads = UtilizationLoadPredictor.standard().predict(DESIGN);
        Rect visible = v.visibleWorld(WIDTH, HEIGHT);
        Rect everything = g.bounds().grow(10_000);
        WritableImage culled = onFx(() -> draw(g, loads, v, visible));
        WritableImage whole = onFx(() -> draw(g, loads, v, everything));
        assertEquals(0, differingPixels(culled, whole), name + ": pixels that differ from the unculled picture");
        // The comparison sees culling errors: the same picture culled to a rectangle a third of the view off.
        Rect wrong = visible.moved(visible.width() / 3, visible.height() / 3);
        WritableImage misplaced = onFx(() -> draw(g, loads, v, wrong));
        assertTrue(differingPixels(misplaced, whole) > 100, name + ": a wrong culling rectangle must show");
    }

    private static WritableImage draw(DiagramGeometry g, Map<String, ElementLoad> loads, Viewport v, Rect visible) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(CanvasTheme.LIGHT.background());
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        gc.setTransform(v.scale(), 0, 0, v.scale(), v.translateX(), v.translateY());
        String selectedLink = g.links().keySet().iterator().next();
        DiagramRenderer.draw(new DiagramRenderer.Frame(g, loads, Set.of(selectedLink), LayerVisibility.all(), CanvasTheme.LIGHT,
                visible, v.scale()), new FxPainter(gc));
        return canvas.snapshot(null, null);
    }

    private static Viewport onFirstHost(DiagramGeometry g, double scale) {
        Rect r = g.boundsOf(DESIGN.hosts().get(DESIGN.hosts().size() / 3).id()).orElseThrow();
        return new Viewport(scale, 0, 0).centredOn(r.centerX(), r.centerY(), WIDTH, HEIGHT);
    }

    private static Scenario laidOut(Scenario s) {
        return s.withLayout(new Layout(NodePositions.treeLayout(s)));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        return Pixels.differing(a, b, ROUNDING);
    }
}
