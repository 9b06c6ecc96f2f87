package org.clustercomposer.app.gui;

import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Viewport;

/**
 * View › Presentation Mode (F11), for the back of a classroom: full screen, the palette, property
 * sheet and tool bar hidden, text and strokes at 125, 150 or 200 %, a high-contrast palette, and a
 * ring following the pointer. Esc or F11 leaves it and puts everything back as it was.
 */
final class PresentationMode {

    /** The sizes offered, in percent of the normal text and line widths. */
    static final List<Integer> SCALES = List.of(125, 150, 200);
    /** AtlantaFX's base font size, which the presentation font size scales. */
    private static final double BASE_FONT_PX = 14;

    private final MainWindow window;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "presenting", false);
    private final IntegerProperty percent = new SimpleIntegerProperty(this, "percent", 150);
    private final Circle pointer = new Circle(22, Color.web("#ffd000", 0.35));
    private final Pane pointerLayer = new Pane(pointer);
    private final EventHandler<MouseEvent> follow = e -> {
        pointer.setCenterX(e.getSceneX());
        pointer.setCenterY(e.getSceneY());
        pointer.setVisible(true);
    };
    private final EventHandler<KeyEvent> escape = e -> {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            exit();
        }
    };
    private CanvasTheme themeBefore;
    private StackPane layered;
    private double dividerBefore;

    PresentationMode(MainWindow window) {
        this.window = window;
        pointer.setStroke(Color.web("#ff6a00"));
        pointer.setStrokeWidth(4);
        pointer.setMouseTransparent(true);
        pointer.setVisible(false);
        pointerLayer.setMouseTransparent(true);
        pointerLayer.setId("presentation-pointer");
        // The property is the truth (View › Presentation Mode binds to it): changing it enters or leaves.
        on.addListener((o, was, now) -> {
            if (now) {
                show();
            } else {
                restore();
            }
        });
        percent.addListener(o -> {
            if (on.get()) {
                applyScale();
            }
        });
    }

    BooleanProperty onProperty() {
        return on;
    }

    IntegerProperty percentProperty() {
        return percent;
    }

    /** Where the pointer ring is drawn (for tests: it follows the mouse). */
    Circle pointer() {
        return pointer;
    }

    void toggle() {
        on.set(!on.get());
    }

    void enter() {
        on.set(true);
    }

    void exit() {
        on.set(false);
    }

    private void show() {
        Scene scene = window.root().getScene();
        themeBefore = window.canvasModel().themeProperty().get();
        window.canvasModel().themeProperty().set(CanvasTheme.HIGH_CONTRAST);
        for (Node side : window.sidePanels()) {
            side.setVisible(false);
            side.setManaged(false);
        }
        window.root().getStyleClass().add("presentation");
        dividerBefore = window.centreSplit().getDividerPositions()[0];
        window.centreSplit().setDividerPositions(0.9);
        applyScale();
        // The pointer ring lies over the whole window: the scene's root becomes the window and the ring.
        Parent root = window.root();
        scene.setRoot(new Region());
        layered = new StackPane(root, pointerLayer);
        scene.setRoot(layered);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, follow);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, follow);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
            // Leaving full screen by the window manager leaves presentation mode too.
            stage.fullScreenProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    if (!stage.isFullScreen()) {
                        stage.fullScreenProperty().removeListener(this);
                        exit();
                    }
                }
            });
        }
        Platform.runLater(this::fit);
    }

    private void restore() {
        Scene scene = layered.getScene();
        scene.removeEventFilter(MouseEvent.MOUSE_MOVED, follow);
        scene.removeEventFilter(MouseEvent.MOUSE_DRAGGED, follow);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        scene.setRoot(new Region());
        layered.getChildren().clear();
        layered = null;
        scene.setRoot(window.root());
        pointer.setVisible(false);
        window.root().getStyleClass().remove("presentation");
        window.centreSplit().setDividerPositions(dividerBefore);
        window.root().setStyle("");
        window.canvasModel().strokeScaleProperty().set(1);
        window.canvasModel().themeProperty().set(themeBefore);
        for (Node side : window.sidePanels()) {
            side.setVisible(true);
            side.setManaged(true);
        }
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreen(false);
        }
        Platform.runLater(window::fitToWindow);
    }

    private void applyScale() {
        double factor = percent.get() / 100.0;
        window.root().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * factor));
        window.canvasModel().strokeScaleProperty().set(factor);
        pointer.setRadius(18 * factor);
        Platform.runLater(this::fit);
    }

    /** Fits the canvas again for the step on screen (a lesson calls it as each step shows). */
    void refit() {
        if (on.get()) {
            fit();
        }
    }

    /**
     * The whole design in view, and its text at least {@code percent} of its normal size: a design
     * that fits only smaller is shown centred on what the lesson step highlights (or on the design's
     * centre), at that size or as large as still shows every highlighted element; the teacher pans
     * to the rest.
     */
    private void fit() {
        // The problems and results keep a strip: the canvas is what the room looks at.
        window.centreSplit().setDividerPositions(0.9);
        window.centreSplit().layout();
        window.canvas().layout();
        window.fitToWindow();
        double factor = percent.get() / 100.0;
        CanvasViewModel canvas = window.canvasModel();
        Viewport v = canvas.viewportProperty().get();
        if (window.showingStackProperty().get() || v.scale() >= factor) {
            return;
        }
        Rect area = null;
        for (String id : canvas.highlightProperty().get()) {
            Rect r = canvas.drawnGeometry().boundsOf(id).orElse(null);
            if (r != null) {
                area = area == null ? r : area.union(r);
            }
        }
        if (area == null) {
            area = canvas.geometry().bounds();
        }
        double w = window.canvas().canvas().getWidth();
        double h = window.canvas().canvas().getHeight();
        // As large as the chosen size, but never so large that the step's own elements leave the view.
        double showsArea = Math.min((w - 80) / Math.max(1, area.width()), (h - 80) / Math.max(1, area.height()));
        double scale = Math.max(v.scale(), Math.min(factor, showsArea));
        canvas.viewportProperty().set(new Viewport(scale, 0, 0).centredOn(area.centerX(), area.centerY(), w, h));
    }
}
