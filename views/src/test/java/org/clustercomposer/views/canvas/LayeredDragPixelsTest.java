package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the middle of a host drag the stacked canvases (still under/over, moving under/over) show the
 * same pixels as one whole redraw of the same state in a fresh view that is not dragging.
 */
@ExtendWith(ApplicationExtension.class)
class LayeredDragPixelsTest extends FxRobot {

    private static final int ROUNDING = 16;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static Stream<Arguments> designs() {
        Scenario generated = new ScenarioGenerator().generate(new GeneratorParameters(20, 40, 1, 7));
        // Fitted, and zoomed in on the host (text at screen size, links cut at the view's edge). Not the
        // generated design at 100 %: there the drag carries the host over its neighbours, and a dragged
        // box is drawn over the still ones it overlaps (0450) where a whole redraw keeps element order
        // (looked at: 13,435 pixels, all where the dragged host covers r1-n9 and r1-n10).
        return Stream.of(Arguments.of("rack sample", SmallDesigns.rack(), "h1", 0.0),
                Arguments.of("generated 20 hosts / 40 VMs", generated, null, 0.0),
                Arguments.of("rack sample at 150 %", SmallDesigns.rack(), "h1", 1.5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void aDraggedHostLooksAsAWholeRedrawOfTheSameState(String name, Scenario design, String hostOrNull, double zoom)
            throws Exception {
        String host = hostOrNull != null ? hostOrNull : design.hosts().get(design.hosts().size() / 2).id();
        CanvasView dragging = onFx(() -> show(new ScenarioEditor(design)));
        if (zoom > 0) {
            onFx(() -> {
                Rect r = dragging.model().geometry().boundsOf(host).orElseThrow();
                dragging.model().viewportProperty().set(new Viewport(zoom, 0, 0).centredOn(r.centerX(), r.centerY(), 640, 420));
                dragging.redraw();
                return null;
            });
        }
        WritableImage layered = onFx(() -> {
            CanvasViewModel model = dragging.model();
            Rect r = model.geometry().boundsOf(host).orElseThrow();
            model.press(r.x() + 5, r.y() + 5, false);
            model.drag(r.x() + 25, r.y() + 15);
            dragging.redraw();
            // A second move: the still layers were drawn at the first one and are reused.
            model.drag(r.x() + 65, r.y() + 35);
            dragging.redraw();
            assertFalse(model.draggedProperty().get().isEmpty(), "still dragging");
            return dragging.snapshot(null, null);
        });
        WritableImage whole = onFx(() -> {
            ScenarioEditor same = new ScenarioEditor(dragging.model().editor().scenario());
            same.selection().set(dragging.model().editor().selection().ids());
            CanvasView fresh = show(same);
            fresh.model().viewportProperty().set(dragging.model().viewportProperty().get());
            fresh.redraw();
            return fresh.snapshot(null, null);
        });
        assertEquals(0, differingPixels(layered, whole), name + ": pixels that differ");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private CanvasView show(ScenarioEditor editor) {
        return CanvasStages.show(stage, new CanvasView(new CanvasViewModel(editor)));
    }

    /**
     * Pixels with a channel more than {@value #ROUNDING} levels apart. Antialiased edges drawn into a
     * transparent layer and then composited round differently from the same edge drawn straight
     * onto the background (checked: one level on the rack sample, up to 11 where two antialiased edges
     * in different layers overlap on the generated design); a missing, doubled or misordered element
     * differs by far more.
     */
    private static int differingPixels(WritableImage a, WritableImage b) {
        return Pixels.differing(a, b, ROUNDING);
    }
}
