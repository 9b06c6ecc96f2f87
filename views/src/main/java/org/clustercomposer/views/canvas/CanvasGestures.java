package org.clustercomposer.views.canvas;

import java.util.function.BiConsumer;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.clustercomposer.views.editing.Selection;

/**
 * The mouse on a diagram canvas, shared by the topology canvas and the stack view: the middle or
 * right button pans, the wheel zooms at the pointer, the left button's press, drag and release go
 * to the view model in world coordinates. Drag moves that arrive faster than they are handled are
 * folded into the newest one: each move is an edit, and only the last position is drawn.
 */
public final class CanvasGestures {

    /** The element drawn at a world point, or null. */
    @FunctionalInterface
    public interface ElementHit {
        String at(double x, double y);
    }

    /** What the left button does, in world coordinates. */
    public interface Target {
        void press(double x, double y, boolean shift);

        void drag(double x, double y);

        void release(double x, double y);
    }

    private final Canvas canvas;
    private final ObjectProperty<Viewport> viewport;
    private final Target target;
    private BiConsumer<MouseEvent, Double> onPanEnd = (e, distance) -> { };
    private Runnable onPanStart = () -> { };
    private ElementHit elementHit = (x, y) -> null;
    private Selection selection;
    private CanvasView.ElementMenu elementMenu = (id, x, y) -> { };
    private boolean panning;
    private double panX;
    private double panY;
    private double panDistance;
    private boolean dragQueued;
    private double dragX;
    private double dragY;

    private CanvasGestures(Canvas canvas, ObjectProperty<Viewport> viewport, Target target) {
        this.canvas = canvas;
        this.viewport = viewport;
        this.target = target;
    }

    /** Listens to a canvas's mouse and wheel. */
    public static CanvasGestures install(Canvas canvas, ObjectProperty<Viewport> viewport, Target target) {
        CanvasGestures g = new CanvasGestures(canvas, viewport, target);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, g::scrolled);
        return g;
    }

    /** Called when a pan starts (the canvas shows a move cursor, say). */
    public CanvasGestures onPanStart(Runnable action) {
        this.onPanStart = action;
        return this;
    }

    /** Called when a pan ends, with the release and the distance panned in pixels (a right-click pans ~0). */
    public CanvasGestures onPanEnd(BiConsumer<MouseEvent, Double> action) {
        this.onPanEnd = action;
        return this;
    }

    /**
     * A right-click (the right button released without panning) on an element selects it, unless it is
     * already selected, and opens its menu at the screen point.
     */
    public CanvasGestures onElementMenu(ElementHit hit, Selection selection, CanvasView.ElementMenu menu) {
        this.elementHit = hit;
        this.selection = selection;
        this.elementMenu = menu;
        return this;
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY) {
            panning = true;
            panX = e.getX();
            panY = e.getY();
            panDistance = 0;
            onPanStart.run();
            return;
        }
        Viewport v = viewport.get();
        target.press(v.toWorldX(e.getX()), v.toWorldY(e.getY()), e.isShiftDown() || e.isShortcutDown());
    }

    private void dragged(MouseEvent e) {
        if (panning) {
            panDistance += Math.abs(e.getX() - panX) + Math.abs(e.getY() - panY);
            viewport.set(viewport.get().panBy(e.getX() - panX, e.getY() - panY));
            panX = e.getX();
            panY = e.getY();
            return;
        }
        Viewport v = viewport.get();
        dragX = v.toWorldX(e.getX());
        dragY = v.toWorldY(e.getY());
        if (!dragQueued) {
            dragQueued = true;
            Platform.runLater(this::flushDrag);
        }
    }

    private void flushDrag() {
        if (dragQueued) {
            dragQueued = false;
            target.drag(dragX, dragY);
        }
    }

    private void released(MouseEvent e) {
        if (panning) {
            panning = false;
            onPanEnd.accept(e, panDistance);
            if (e.getButton() == MouseButton.SECONDARY && panDistance < 4) {
                openElementMenu(e);
            }
            return;
        }
        flushDrag();
        Viewport v = viewport.get();
        target.release(v.toWorldX(e.getX()), v.toWorldY(e.getY()));
    }

    private void openElementMenu(MouseEvent e) {
        Viewport v = viewport.get();
        String hit = elementHit.at(v.toWorldX(e.getX()), v.toWorldY(e.getY()));
        if (hit != null && selection != null) {
            if (!selection.ids().contains(hit)) {
                selection.select(hit);
            }
            elementMenu.open(hit, e.getScreenX(), e.getScreenY());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            viewport.set(viewport.get().zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY()));
        }
        e.consume();
    }
}
