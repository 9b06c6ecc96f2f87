package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drag's layers are warmed once while the design stands still (0450, first drag), and the user never sees it:
 * the picture after the warm-up is the one before it, and a drag after it draws as a whole redraw of its state.
 */
@ExtendWith(ApplicationExtension.class)
class DragWarmUpTest extends FxRobot {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theWarmUpRunsWhileTheDesignStandsStillAndLeavesNoTrace() throws Exception {
        long[] shown = new long[1];
        CanvasView view = onFx(() -> {
            CanvasView v = show(new CanvasView(new CanvasViewModel(new ScenarioEditor(SmallDesigns.rack()))));
            shown[0] = System.nanoTime();
            return v;
        });
        WritableImage before = onFx(() -> view.snapshot(null, null));
        // The warm-up waits 400 ms of stillness after the first drawing; on a loaded machine the snapshot alone can
        // take longer, and then there is nothing to tell from here.
        boolean beforeAnyWarmUp = onFx(() -> System.nanoTime() - shown[0] < 350_000_000L);
        if (beforeAnyWarmUp) {
            assertFalse(onFx(view::dragLayersWarm), "not warmed at once: it waits for the design to stand still");
        }

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(view::dragLayersWarm));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the pulses that show the clear layers, then hide them
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, Pixels.differing(before, onFx(() -> view.snapshot(null, null)), 0),
                "pixels the warm-up left on the canvas");

        WritableImage dragged = onFx(() -> {
            CanvasViewModel model = view.model();
            Rect r = model.geometry().boundsOf("h1").orElseThrow();
            model.press(r.x() + 5, r.y() + 5, false);
            model.drag(r.x() + 25, r.y() + 15);
            view.redraw();
            assertTrue(!model.draggedProperty().get().isEmpty(), "still dragging");
            return view.snapshot(null, null);
        });
        WritableImage whole = onFx(() -> {
            ScenarioEditor same = new ScenarioEditor(view.model().editor().scenario());
            same.selection().set(view.model().editor().selection().ids());
            CanvasView fresh = show(new CanvasView(new CanvasViewModel(same)));
            fresh.model().viewportProperty().set(view.model().viewportProperty().get());
            fresh.redraw();
            return fresh.snapshot(null, null);
        });
        // Antialiased edges in a transparent layer round apart by a few levels (LayeredDragPixelsTest).
        assertEquals(0, Pixels.differing(dragged, whole, 16), "pixels of a drag after the warm-up unlike a whole redraw");
    }

    @Test
    void theWarmUpRehearsesThePressAndFirstMoveOfAHostWithoutSelectingEditingOrDirtying() throws Exception {
        ScenarioEditor editor = new ScenarioEditor(SmallDesigns.rack());
        CanvasView view = onFx(() -> show(new CanvasView(new CanvasViewModel(editor))));
        Scenario before = onFx(editor::scenario);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(view::dragLayersWarm));
        WaitForAsyncUtils.waitForFxEvents();

        CanvasView.WarmedDrag warmed = onFx(view::warmedDrag);
        CanvasViewModel model = view.model();
        assertEquals(ElementKind.HOST, before.kindOf(warmed.node()).orElseThrow(), "a host is rehearsed");
        // Warm: the relations of the node as if selected (what the first press draws highlighted), not of nothing.
        assertEquals(Related.to(before, Set.of(warmed.node())), warmed.related());
        assertFalse(warmed.related().isEmpty(), "the rehearsed host carries VMs: its relations were worked out");
        // Warm: the first move's geometry update ran, and moved the node (a move to where it is computes nothing).
        Rect drawnBox = onFx(() -> model.drawnGeometry().boundsOf(warmed.node()).orElseThrow());
        Rect movedBox = warmed.moved().boundsOf(warmed.node()).orElseThrow();
        assertTrue(movedBox.x() > drawnBox.x(), "rehearsed move " + movedBox + " from " + drawnBox);
        assertEquals(drawnBox.y(), movedBox.y());

        // No trace: nothing selected, no command, nothing unsaved, the design and its drawing as they were.
        assertEquals(Set.of(), onFx(() -> editor.selection().ids()));
        assertEquals(0, onFx(() -> editor.stack().undoSize()), "undo steps");
        assertFalse(onFx(() -> editor.stack().isDirty()), "unsaved changes");
        assertSame(before, onFx(editor::scenario));
        assertEquals(before.layout().positions().get(warmed.node()).x(), drawnBox.x());
        assertTrue(onFx(() -> model.draggedProperty().get().isEmpty()), "nothing dragged");
    }

    /**
     * Each level of detail draws with code of its own: warmed far out at fit, the first drag at 100 % ran the chips'
     * and names' drawing for the first time (a 50.8 ms gap, 0450). A zoom into a new level warms once more, a drag
     * of a host shown there, and leaves no trace; a zoom back to a warmed level warms nothing again.
     */
    @Test
    void aZoomIntoALevelOfDetailNotWarmedYetWarmsItOnceMore() throws Exception {
        Scenario design = NodePositions.laidOut(new ScenarioGenerator().generate(new GeneratorParameters(60, 600, 4, 42)));
        CanvasView view = onFx(() -> show(new CanvasView(new CanvasViewModel(new ScenarioEditor(design)))));
        assertEquals(DiagramRenderer.Detail.FAR, onFx(() -> DiagramRenderer.Detail.at(view.model().viewportProperty().get().scale())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(view::dragLayersWarm));
        CanvasView.WarmedDrag far = onFx(view::warmedDrag);

        String host = design.hosts().get(design.hosts().size() / 2).id();
        WritableImage before = onFx(() -> {
            Rect r = view.model().geometry().boundsOf(host).orElseThrow();
            Canvas c = view.canvas();
            view.model().viewportProperty().set(new Viewport(1, 0, 0).centredOn(r.centerX(), r.centerY(),
                    c.getWidth(), c.getHeight()));
            view.redraw();
            return view.snapshot(null, null);
        });
        assertFalse(onFx(view::dragLayersWarm), "100 % draws chips and names, which the warm-up far out never drew");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(view::dragLayersWarm));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the pulses that show the clear layers, then hide them
        WaitForAsyncUtils.waitForFxEvents();
        CanvasView.WarmedDrag near = onFx(view::warmedDrag);
        assertTrue(near != far, "warmed again at 100 %");
        Rect visible = onFx(() -> view.model().viewportProperty().get()
                .visibleWorld(view.canvas().getWidth(), view.canvas().getHeight()));
        assertTrue(onFx(() -> view.model().drawnGeometry().boundsOf(near.node()).orElseThrow()).intersects(visible),
                "the host rehearsed at 100 % is one shown there");
        assertEquals(0, Pixels.differing(before, onFx(() -> view.snapshot(null, null)), 0),
                "pixels the warm-up at 100 % left on the canvas");

        onFx(() -> {
            view.fitToWindow();
            return null;
        });
        assertTrue(onFx(view::dragLayersWarm), "far out was warmed already");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        assertSame(near, onFx(view::warmedDrag), "no warm-up again at a level warmed before");
    }

    /**
     * Far out each canvas draws its picture into one of two images in turn, and the renderer makes a texture for an
     * image the first time a frame draws it: canvas-sized arrays, humongous to G1, whose allocation in the first drag
     * started a collection cycle in its first frames (0450, 2026-12-04). The warm-up makes them all: the first drag's
     * frames make no image and the render thread allocates less than one canvas-sized buffer in them.
     */
    @Test
    void afterTheWarmUpTheFirstDragFarOutMakesNoImageAndNoTexture() throws Exception {
        Scenario design = NodePositions.laidOut(new ScenarioGenerator().generate(new GeneratorParameters(60, 600, 4, 42)));
        ScenarioEditor editor = new ScenarioEditor(design);
        CanvasView view = onFx(() -> show(new CanvasView(new CanvasViewModel(editor))));
        assertTrue(onFx(() -> view.model().viewportProperty().get().scale()) < DiagramRenderer.TEXT_SCALE, "far out at fit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(view::dragLayersWarm));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the pulses that show the layers, then hide them
        WaitForAsyncUtils.waitForFxEvents();

        List<Canvas> canvases = onFx(view::layerCanvases);
        List<List<WritableImage>> warmed = onFx(() -> canvases.stream().map(Hairlines::images).toList());
        for (List<WritableImage> images : warmed) {
            assertEquals(2, images.size(), "images of each canvas after the warm-up");
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(renderer);
        String host = design.hosts().get(design.hosts().size() / 2).id();
        Rect r = onFx(() -> view.model().geometry().boundsOf(host).orElseThrow());
        onFx(() -> {
            view.model().press(r.centerX(), r.y() + 6, false);
            assertEquals(Set.of(host), view.model().draggedProperty().get(), "the press drags the host");
            view.redraw();
            return null;
        });
        for (int frame = 1; frame <= 3; frame++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS); // rendered
            double dx = 20 * frame;
            onFx(() -> {
                view.model().drag(r.centerX() + dx, r.y() + 6);
                view.redraw();
                return null;
            });
        }
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        long rendererAllocated = threads.getThreadAllocatedBytes(renderer) - allocatedBefore;

        List<List<WritableImage>> dragged = onFx(() -> canvases.stream().map(Hairlines::images).toList());
        for (int c = 0; c < canvases.size(); c++) {
            for (int k = 0; k < 2; k++) {
                assertSame(warmed.get(c).get(k), dragged.get(c).get(k), "canvas " + c + " image " + k + " made anew");
            }
        }
        long canvasSized = 4L * (long) Math.ceil(canvases.get(0).getWidth()) * (long) Math.ceil(canvases.get(0).getHeight());
        assertTrue(rendererAllocated < canvasSized, "the render thread allocated " + rendererAllocated
                + " bytes in the first drag's frames; a canvas-sized texture is " + canvasSized);
        onFx(() -> {
            view.model().release(r.centerX() + 60, r.y() + 6);
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private CanvasView show(CanvasView view) {
        return CanvasStages.show(stage, view);
    }
}
