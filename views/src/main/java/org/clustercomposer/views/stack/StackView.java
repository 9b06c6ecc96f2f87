package org.clustercomposer.views.stack;

import java.util.Set;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

import org.clustercomposer.views.canvas.CanvasGestures;
import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.CanvasView;
import org.clustercomposer.views.canvas.FxPainter;
import org.clustercomposer.views.canvas.MoveCostLabel;
import org.clustercomposer.views.canvas.Painter;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Viewport;
import org.clustercomposer.views.prediction.DragPreview;

/**
 * The stack view: what runs on what, layer above layer, on one canvas in immediate mode like the
 * topology canvas (docs/decisions/0430-stack-view.md). Mouse events become world coordinates for
 * the {@link StackViewModel}.
 */
public final class StackView extends StackPane {

    private final StackViewModel model;
    private final Canvas canvas = new Canvas();
    private boolean redrawQueued;
    private CanvasView.ElementMenu onElementMenu = (id, x, y) -> { };

    public StackView(StackViewModel model) {
        this.model = model;
        setId("stack-view");
        getStyleClass().add("diagram-canvas");
        Pane holder = new Pane(canvas);
        holder.setMinSize(0, 0);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        getChildren().add(holder);
        setMinSize(200, 200);
        canvas.widthProperty().addListener(o -> requestRedraw());
        canvas.heightProperty().addListener(o -> requestRedraw());
        model.geometryProperty().addListener(o -> requestRedraw());
        model.viewportProperty().addListener(o -> requestRedraw());
        model.loadsProperty().addListener(o -> requestRedraw());
        model.layersProperty().addListener(o -> requestRedraw());
        model.themeProperty().addListener(o -> requestRedraw());
        model.dropTargetProperty().addListener(o -> requestRedraw());
        model.bandProperty().addListener(o -> requestRedraw());
        model.previewProperty().addListener(o -> requestRedraw());
        model.editor().selection().idsProperty().addListener(o -> requestRedraw());
        visibleProperty().addListener(o -> requestRedraw());
        CanvasGestures.install(canvas, model.viewportProperty(), model).onElementMenu(
                (x, y) -> model.geometry().hit(x, y, model.layers()), model.editor().selection(),
                (id, x, y) -> onElementMenu.open(id, x, y));
    }

    /** What a right-click on an element opens (the window's menu for it); the element is selected first. */
    public void setOnElementMenu(CanvasView.ElementMenu menu) {
        this.onElementMenu = menu;
    }

    public StackViewModel model() {
        return model;
    }

    public Canvas canvas() {
        return canvas;
    }

    public void fitToWindow() {
        model.fit(canvas.getWidth(), canvas.getHeight());
    }

    public void zoom(double factor) {
        model.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** The screen point (in this view's canvas) of a world point; for tests that drag. */
    public Point2D screenOf(double worldX, double worldY) {
        Viewport v = model.viewportProperty().get();
        return canvas.localToScreen(v.toScreenX(worldX), v.toScreenY(worldY));
    }

    public void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                redrawQueued = false;
                redraw();
            });
        }
    }

    /** Draws the visible part now (nothing while hidden: the topology view is showing). */
    public void redraw() {
        if (!isVisible()) {
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        CanvasTheme theme = model.themeProperty().get();
        Viewport v = model.viewportProperty().get();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(theme.background());
        gc.fillRect(0, 0, w, h);
        gc.setTransform(v.scale(), 0, 0, v.scale(), v.translateX(), v.translateY());
        FxPainter painter = new FxPainter(gc);
        StackGeometry g = model.geometry();
        Set<String> selection = model.editor().selection().ids();
        StackRenderer.draw(new StackRenderer.Frame(g, model.loadsProperty().get(), selection, model.related(),
                model.layers(), theme, v.visibleWorld(w, h), v.scale(), model.dropTargetProperty().get()), painter);
        Rect band = model.bandProperty().get();
        if (band != null) {
            painter.fillRoundRect(band, 0, theme.selection().deriveColor(0, 1, 1, 0.12));
            painter.strokeRoundRect(band, 0, theme.selection(), 1, true);
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        FxPainter screen = new FxPainter(gc);
        if (g.columns().isEmpty()) {
            screen.text("The stack view shows what runs on what: add hosts in the topology view (F6)", w / 2, h / 2, 16,
                    true, theme.mutedText(), Painter.Align.CENTER);
        }
        DragPreview preview = model.previewProperty().get();
        if (preview != null) {
            MoveCostLabel.draw(screen, preview, g.boundsOf(preview.to()).map(r -> new Rect(v.toScreenX(r.x()),
                    v.toScreenY(r.y()), r.width() * v.scale(), r.height() * v.scale())).orElse(null), w, h, theme);
        }
        String hint = model.layers().hiddenHint(model.editor().scenario());
        if (!hint.isEmpty()) {
            screen.text(hint, 12, 22, 13, true, theme.high(), Painter.Align.LEFT);
        }
        screen.text("Stack view (F6: topology)", w - 12, 22, 12, false, theme.mutedText(), Painter.Align.RIGHT);
    }
}
