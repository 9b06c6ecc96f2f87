package org.clustercomposer.views.canvas;

import java.util.function.DoubleSupplier;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * An overview of the whole design with the visible area outlined; click or drag in it to move
 * there. Shown for designs too big to see at once.
 */
public final class MinimapView extends Canvas {

    private static final double WIDTH = 220;
    private static final double HEIGHT = 150;
    private final CanvasViewModel model;
    private final DoubleSupplier viewWidth;
    private final DoubleSupplier viewHeight;
    private Viewport mapping = Viewport.identity();

    MinimapView(CanvasViewModel model, DoubleSupplier viewWidth, DoubleSupplier viewHeight) {
        super(WIDTH, HEIGHT);
        this.model = model;
        this.viewWidth = viewWidth;
        this.viewHeight = viewHeight;
        setId("minimap");
        setManaged(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::navigate);
    }

    private void navigate(MouseEvent e) {
        double wx = mapping.toWorldX(e.getX());
        double wy = mapping.toWorldY(e.getY());
        model.viewportProperty().set(model.viewportProperty().get()
                .centredOn(wx, wy, viewWidth.getAsDouble(), viewHeight.getAsDouble()));
        e.consume();
    }

    /** Whole-design scale, below the editor's zoom limit if need be: a minimap must show everything. */
    private static Viewport overview(Rect world) {
        if (world.width() <= 0 || world.height() <= 0) {
            return Viewport.identity();
        }
        double scale = Math.min((WIDTH - 16) / world.width(), (HEIGHT - 16) / world.height());
        return new Viewport(scale, (WIDTH - world.width() * scale) / 2 - world.x() * scale,
                (HEIGHT - world.height() * scale) / 2 - world.y() * scale);
    }

    void redraw() {
        GraphicsContext gc = getGraphicsContext2D();
        CanvasTheme t = model.themeProperty().get();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        if (!isVisible()) {
            return;
        }
        gc.setFill(t.nodeFill().deriveColor(0, 1, 1, 0.92));
        gc.fillRoundRect(0, 0, WIDTH, HEIGHT, 10, 10);
        gc.setStroke(t.nodeStroke());
        gc.setLineWidth(1);
        gc.setLineDashes(null);
        gc.strokeRoundRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1, 10, 10);
        DiagramGeometry g = model.drawnGeometry();
        mapping = overview(g.bounds());
        gc.setFill(t.mutedText());
        for (DiagramGeometry.Box b : g.nodes().values()) {
            Rect r = b.rect();
            gc.fillRect(mapping.toScreenX(r.x()), mapping.toScreenY(r.y()),
                    Math.max(1, r.width() * mapping.scale()), Math.max(1, r.height() * mapping.scale()));
        }
        Rect visible = model.viewportProperty().get().visibleWorld(viewWidth.getAsDouble(), viewHeight.getAsDouble());
        gc.save();
        gc.beginPath();
        gc.rect(1, 1, WIDTH - 2, HEIGHT - 2);
        gc.clip();
        gc.setStroke(t.selection());
        gc.setLineWidth(1.5);
        gc.strokeRect(mapping.toScreenX(visible.x()), mapping.toScreenY(visible.y()),
                visible.width() * mapping.scale(), visible.height() * mapping.scale());
        gc.restore();
    }
}
