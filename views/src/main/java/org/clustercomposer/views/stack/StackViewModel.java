package org.clustercomposer.views.stack;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.canvas.CanvasGestures;
import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Related;
import org.clustercomposer.views.canvas.Viewport;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.prediction.DragPreview;
import org.clustercomposer.views.prediction.ElementLoad;

/**
 * What the stack view shows and what a gesture on it means. It shares with the topology canvas
 * everything but the viewport: the editor (so the selection and undo), the loads (the one
 * colouring source: whoever sets the canvas's loads, say a playback at time t, recolours both
 * views), the layers, the theme and the status message. A VM dragged to another column is placed
 * there with the same command as on the canvas, its cost previewed as there; so is an SSI process group's.
 */
public final class StackViewModel implements CanvasGestures.Target {

    private final CanvasViewModel canvas;
    private final TextMeasure measure;
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.identity());
    private final ReadOnlyObjectWrapper<String> dropTarget = new ReadOnlyObjectWrapper<>(this, "dropTarget");
    private final ReadOnlyObjectWrapper<Rect> band = new ReadOnlyObjectWrapper<>(this, "band");
    private final ReadOnlyObjectWrapper<StackGeometry> geometry = new ReadOnlyObjectWrapper<>(this, "geometry");
    private Scenario built;
    private Gesture gesture;

    private final ReadOnlyObjectWrapper<DragPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    private sealed interface Gesture permits DragVm, DragApplication, RubberBand {
    }

    private record DragVm(String id) implements Gesture {
    }

    /** An application dragged: on an SSI domain, its processes' migration is previewed. */
    private record DragApplication(String id) implements Gesture {
    }

    private record RubberBand(double x, double y, boolean additive) implements Gesture {
    }

    public StackViewModel(CanvasViewModel canvas, TextMeasure measure) {
        this.canvas = canvas;
        this.measure = measure;
        editor().scenarioProperty().addListener(o -> geometry.set(null));
    }

    public ScenarioEditor editor() {
        return canvas.editor();
    }

    /** The stack geometry of the current scenario, built when first asked for after an edit. */
    public StackGeometry geometry() {
        Scenario now = editor().scenario();
        if (geometry.get() == null || built != now) {
            built = now;
            geometry.set(StackGeometry.of(now, measure));
        }
        return geometry.get();
    }

    /** Set to null after each edit; the view redraws when it changes. */
    public ReadOnlyObjectProperty<StackGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    /** What the current selection is related to (its host, domain, members, applications). */
    public Set<String> related() {
        return Related.to(editor().scenario(), editor().selection().ids());
    }

    @Override
    public void press(double x, double y, boolean shift) {
        String hit = geometry().hit(x, y, layers());
        if (hit == null) {
            if (!shift) {
                editor().selection().clear();
            }
            gesture = new RubberBand(x, y, shift);
            return;
        }
        if (shift) {
            editor().selection().toggle(hit);
            gesture = null;
            return;
        }
        if (!editor().selection().ids().contains(hit)) {
            editor().selection().select(hit);
        }
        ElementKind kind = editor().scenario().kindOf(hit).orElse(null);
        gesture = kind == ElementKind.VM ? new DragVm(hit) : kind == ElementKind.APPLICATION ? new DragApplication(hit) : null;
    }

    @Override
    public void drag(double x, double y) {
        if (gesture instanceof DragVm d) {
            String target = geometry().containerAt(x, y);
            dropTarget.set(Objects.equals(target, geometry().placedOn(d.id())) ? null : target);
            // The same preview as on the topology canvas: the cost of the move, or why none is given.
            preview.set(dropTarget.get() == null ? null : canvas.previewMove(d.id(), dropTarget.get()));
        } else if (gesture instanceof DragApplication a) {
            String target = geometry().containerAt(x, y);
            preview.set(canvas.previewProcesses(a.id(), target));
            dropTarget.set(preview.get() == null ? null : preview.get().to());
        } else if (gesture instanceof RubberBand b) {
            band.set(Rect.between(b.x(), b.y(), x, y));
        }
    }

    @Override
    public void release(double x, double y) {
        Gesture done = gesture;
        gesture = null;
        dropTarget.set(null);
        band.set(null);
        preview.set(null);
        try {
            if (done instanceof DragVm d) {
                String target = geometry().containerAt(x, y);
                if (target != null && !target.equals(geometry().placedOn(d.id()))) {
                    canvas.migrate(d.id(), target);
                }
            } else if (done instanceof DragApplication a) {
                String target = geometry().containerAt(x, y);
                String placed = editor().scenario().applications().stream().filter(app -> app.id().equals(a.id()))
                        .map(app -> app.placedOn()).findFirst().orElse(null);
                if (target != null && !target.equals(placed)) {
                    canvas.placeApplication(a.id(), target);
                }
            } else if (done instanceof RubberBand b) {
                Rect area = Rect.between(b.x(), b.y(), x, y);
                if (area.width() > 2 || area.height() > 2) {
                    List<String> inside = geometry().idsInside(area, layers());
                    if (b.additive()) {
                        editor().selection().add(inside);
                    } else {
                        editor().selection().set(inside);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            canvas.messageProperty().set(e.getMessage());
        }
    }

    public void cancelGesture() {
        gesture = null;
        preview.set(null);
        dropTarget.set(null);
        band.set(null);
    }

    public void fit(double viewWidth, double viewHeight) {
        viewport.set(Viewport.fit(geometry().bounds(), viewWidth, viewHeight, 40));
    }

    public void zoomAt(double factor, double screenX, double screenY) {
        viewport.set(viewport.get().zoomAt(factor, screenX, screenY));
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ReadOnlyObjectProperty<String> dropTargetProperty() {
        return dropTarget.getReadOnlyProperty();
    }

    /** The cost of the move being dragged (a VM's, or an SSI process group's), or null. */
    public ReadOnlyObjectProperty<DragPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Rect> bandProperty() {
        return band.getReadOnlyProperty();
    }

    public LayerVisibility layers() {
        return canvas.layersProperty().get();
    }

    /** The loads the topology canvas shows: one source for both views. */
    public ObjectProperty<Map<String, ElementLoad>> loadsProperty() {
        return canvas.loadsProperty();
    }

    public ObjectProperty<LayerVisibility> layersProperty() {
        return canvas.layersProperty();
    }

    public ObjectProperty<CanvasTheme> themeProperty() {
        return canvas.themeProperty();
    }
}
