package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

/** Gestures in world coordinates, no JavaFX toolkit. */
class CanvasViewModelTest {

    private final ScenarioEditor editor = new ScenarioEditor(SmallDesigns.rack());
    private final CanvasViewModel canvas = new CanvasViewModel(editor);

    private Rect bounds(String id) {
        return canvas.geometry().boundsOf(id).orElseThrow();
    }

    @Test
    void aVmDroppedOnAHostIsPlacedThereAndOnEmptyCanvasIsRefusedWithAMessage() {
        Rect h3 = bounds("h3");
        assertTrue(canvas.drop(ElementKind.VM, h3.centerX(), h3.centerY()));
        String vm = editor.selection().single();
        assertEquals("h3", editor.scenario().vm(vm).orElseThrow().placedOn());

        int before = editor.scenario().vms().size();
        assertFalse(canvas.drop(ElementKind.VM, -900, -900));
        assertEquals(before, editor.scenario().vms().size());
        assertEquals("Drop a VM onto a host or an SSI domain", canvas.messageProperty().get());
    }

    @Test
    void draggingAHostMovesItAndTheWholeDragIsOneUndoStep() {
        Rect h1 = bounds("h1");
        canvas.press(h1.x() + 5, h1.y() + 5, false);
        canvas.drag(h1.x() + 25, h1.y() + 5);
        canvas.drag(h1.x() + 105, h1.y() + 45);
        canvas.release(h1.x() + 105, h1.y() + 45);
        assertEquals(h1.moved(100, 40), bounds("h1"));
        assertEquals(1, editor.stack().undoSize());
        editor.undo();
        assertEquals(h1, bounds("h1"));
    }

    @Test
    void manyMovesOfOneDragRebuildTheGeometryOnceWhenItIsNextRead() {
        Rect h1 = bounds("h1");
        int[] invalidations = {0};
        canvas.geometryProperty().addListener(o -> invalidations[0]++);
        canvas.press(h1.x() + 5, h1.y() + 5, false);
        for (int i = 1; i <= 10; i++) {
            canvas.drag(h1.x() + 5 + i, h1.y() + 5);
        }
        assertEquals(1, invalidations[0], "ten moves before a frame: one rebuild, not ten");
        assertEquals(h1.moved(10, 0), bounds("h1"));
        canvas.drag(h1.x() + 25, h1.y() + 5);
        assertEquals(2, invalidations[0], "after a read, the next move invalidates again");
        canvas.release(h1.x() + 25, h1.y() + 5);
    }

    @Test
    void draggingAVmChipOntoAnotherHostMovesTheVm() {
        Rect chip = bounds("vm1");
        Rect h3 = bounds("h3");
        canvas.press(chip.centerX(), chip.centerY(), false);
        canvas.drag(h3.centerX(), h3.centerY());
        assertEquals("h3", canvas.overlayProperty().get().dropTarget(), "the target is highlighted during the drag");
        canvas.release(h3.centerX(), h3.centerY());
        assertEquals("h3", editor.scenario().vm("vm1").orElseThrow().placedOn());
    }

    @Test
    void rubberBandSelectsAndShiftClickToggles() {
        Rect h1 = bounds("h1");
        canvas.press(h1.x() - 10, h1.y() - 10, false);
        canvas.drag(h1.maxX() + 10, h1.maxY() + 10);
        canvas.release(h1.maxX() + 10, h1.maxY() + 10);
        assertEquals(Set.of("h1", "vm1", "vm2"), editor.selection().ids());
        Rect sw = bounds("sw");
        canvas.press(sw.centerX(), sw.centerY(), true);
        canvas.release(sw.centerX(), sw.centerY());
        assertTrue(editor.selection().ids().contains("sw"));
        canvas.press(sw.centerX(), sw.centerY(), true);
        assertFalse(editor.selection().ids().contains("sw"));
    }

    @Test
    void theLinkToolConnectsTheNodesDraggedBetween() {
        canvas.drop(ElementKind.LINK, 0, 0);
        assertEquals(CanvasViewModel.Tool.LINK, canvas.toolProperty().get());
        Rect h1 = bounds("h1");
        Rect h3 = bounds("h3");
        canvas.press(h1.centerX(), h1.y() + 5, false);
        canvas.drag(h3.centerX(), h3.y() + 5);
        canvas.release(h3.centerX(), h3.y() + 5);
        assertTrue(editor.scenario().links().stream().anyMatch(l -> l.from().equals("h1") && l.to().equals("h3")));
    }

    @Test
    void anSsiDomainDroppedWithHostsSelectedSpansThem() {
        editor.selection().set(List.of("h1", "h2"));
        assertTrue(canvas.drop(ElementKind.SSI_DOMAIN, 0, 0));
        String id = editor.selection().single();
        assertEquals(List.of("h1", "h2"), editor.scenario().ssiDomain(id).orElseThrow().members());
        assertTrue(canvas.geometry().hulls().containsKey(id), "the new domain is drawn as a hull");
    }

    @Test
    void previewsTheHostAVmFromThePaletteWouldLandOn() {
        Rect h2 = bounds("h2");
        canvas.previewDrop(ElementKind.VM, h2.centerX(), h2.centerY());
        assertEquals("h2", canvas.overlayProperty().get().dropTarget());
        canvas.previewDrop(null, 0, 0);
        assertEquals(CanvasViewModel.Overlay.NONE, canvas.overlayProperty().get());
    }

    @Test
    void draggingAnSsiDomainMovesTheHostsItSpans() {
        Rect h2 = bounds("h2");
        Rect h3 = bounds("h3");
        canvas.press(h2.x() - 6, h2.centerY(), false);
        assertEquals(Set.of("ssi"), editor.selection().ids());
        canvas.drag(h2.x() - 6, h2.centerY() + 50);
        canvas.release(h2.x() - 6, h2.centerY() + 50);
        assertEquals(h2.moved(0, 50), bounds("h2"));
        assertEquals(h3.moved(0, 50), bounds("h3"));
        assertEquals(1, editor.stack().undoSize());
    }

    @Test
    void zoomedOutToVmCountsAClickSelectsWhatIsDrawnNotTheHiddenChips() {
        ScenarioEditor busy = new ScenarioEditor(SmallDesigns.rack().withVms(IntStream.range(0, 12)
                .mapToObj(i -> SmallDesigns.vm("v" + i, "h1")).toList()));
        CanvasViewModel zoomedOut = new CanvasViewModel(busy);
        Rect lastChip = zoomedOut.geometry().boundsOf("v11").orElseThrow();
        zoomedOut.viewportProperty().set(new Viewport(0.4, 0, 0));
        Rect host = zoomedOut.drawnGeometry().nodes().get("h1").rect();
        assertTrue(lastChip.y() > host.maxY(), "the compact host ends above where its last chip would be");

        zoomedOut.press(lastChip.centerX(), lastChip.centerY(), false);
        zoomedOut.release(lastChip.centerX(), lastChip.centerY());
        assertTrue(busy.selection().ids().isEmpty(), "nothing is drawn there");
        Rect count = Shapes.vmCountBadge(host);
        zoomedOut.press(count.centerX(), count.centerY(), false);
        zoomedOut.release(count.centerX(), count.centerY());
        assertEquals(Set.of("h1"), busy.selection().ids());
    }
}
