package org.clustercomposer.views.canvas;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.prediction.DragPreview;

/**
 * The drawing surface: one {@link Canvas} the size of the view, redrawn in immediate mode when
 * anything it shows changes (see docs/decisions/0400-canvas-immediate-mode.md). Mouse events are
 * turned into world coordinates and handed to the {@link CanvasViewModel}.
 */
public final class CanvasView extends StackPane {

    private final CanvasViewModel model;
    private final Canvas canvas = new Canvas();
    /**
     * During a node drag the diagram is four stacked canvases: {@link #canvas} and {@link #stillOver}
     * hold what stays put, drawn once per drag; only the two moving layers are drawn per frame
     * (docs/decisions/0450). Outside a drag the three upper ones are hidden and {@link #canvas}
     * holds the whole picture.
     */
    private final Canvas movingUnder = layer();
    private final Canvas stillOver = layer();
    private final Canvas movingOver = layer();
    /** What the still layers show, or null when they must be drawn again. */
    private StillPart still;
    private final MinimapView minimap;
    private final Tooltip tooltip = new Tooltip();
    private boolean redrawQueued;
    /**
     * Once the diagram has stood still this long after a redraw, a drag's layers are drawn once where nobody sees
     * them ({@link #warmDragLayers}).
     */
    private final PauseTransition idleBeforeWarmUp = new PauseTransition(Duration.millis(400));
    /** The drag the warm-up rehearsed last, or null before it ran. */
    private WarmedDrag warmedDrag;
    /**
     * The levels of detail a warm-up ran at: each draws with code of its own (far: one image; VM counts; chips and
     * names), so the first drag after a zoom into a new level ran that code for the first time (a 50.8 ms gap at
     * 100 % after warming at fit, docs/decisions/0450). A zoom into a level not warmed yet warms it once more.
     */
    private final EnumSet<DiagramRenderer.Detail> warmedAt = EnumSet.noneOf(DiagramRenderer.Detail.class);
    /** Enough for the JIT to compile the drawing of parts, not just to load its classes. */
    private static final int WARM_UP_ROUNDS = 5;
    /**
     * The most the warm-up keeps the FX thread once: five rounds are 50-80 ms at 1,000 hosts, but one round draws the
     * still design twice (two full redraws, some 80 ms at fit at 10,000 hosts), where a click would wait for five.
     */
    private static final long WARM_UP_BUDGET_NANOS = 120_000_000L;
    private final ObjectProperty<Decoration> decoration = new SimpleObjectProperty<>(this, "decoration");

    /** Something drawn over the diagram in world coordinates (playback draws running migrations). */
    @FunctionalInterface
    public interface Decoration {
        void draw(Painter painter, DiagramGeometry geometry, double scale);
    }
    private String hovered;
    private ElementMenu onElementMenu = (id, x, y) -> { };

    /** What a right-click on an element (without dragging) opens, at a screen point. */
    @FunctionalInterface
    public interface ElementMenu {
        void open(String id, double screenX, double screenY);
    }

    public CanvasView(CanvasViewModel model) {
        this.model = model;
        getStyleClass().add("diagram-canvas");
        setId("canvas");
        Pane holder = new Pane(canvas, movingUnder, stillOver, movingOver);
        holder.setMinSize(0, 0);
        for (Canvas c : List.of(canvas, movingUnder, stillOver, movingOver)) {
            c.widthProperty().bind(holder.widthProperty());
            c.heightProperty().bind(holder.heightProperty());
        }
        minimap = new MinimapView(model, holder::getWidth, holder::getHeight);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(12));
        getChildren().addAll(holder, minimap);
        setMinSize(200, 200);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        // A drag's moves change only the geometry and what is drawn on top: the still layers stay.
        for (Observable perFrame : List.of(model.geometryProperty(), model.overlayProperty(), decoration,
                model.highlightProperty())) {
            perFrame.addListener(o -> requestRedraw());
        }
        for (Observable whole : List.of(canvas.widthProperty(), canvas.heightProperty(), model.viewportProperty(),
                model.layersProperty(), model.loadsProperty(), model.themeProperty(), model.strokeScaleProperty(),
                model.editor().selection().idsProperty(), model.draggedProperty())) {
            whole.addListener(o -> {
                still = null;
                requestRedraw();
            });
        }
        model.toolProperty().addListener((o, was, now) ->
                canvas.setCursor(now == CanvasViewModel.Tool.LINK ? Cursor.CROSSHAIR : Cursor.DEFAULT));

        CanvasGestures.install(canvas, model.viewportProperty(), model)
                .onPanStart(() -> canvas.setCursor(Cursor.MOVE)).onPanEnd(this::panEnded)
                // Right-click: the element's menu (Migrate to…, Drain…), with the pointer's tolerance.
                .onElementMenu((x, y) -> model.drawnGeometry().hit(x, y, 5 / model.viewportProperty().get().scale(),
                        model.layersProperty().get()), model.editor().selection(),
                        (id, x, y) -> onElementMenu.open(id, x, y));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        idleBeforeWarmUp.setOnFinished(e -> warmDragLayers());
        requestRedraw();
    }

    public void setOnElementMenu(ElementMenu menu) {
        this.onElementMenu = menu;
    }

    public CanvasViewModel model() {
        return model;
    }

    public Canvas canvas() {
        return canvas;
    }

    public MinimapView minimap() {
        return minimap;
    }

    /** Handles an element dragged from the palette and released at a scene point. */
    public boolean dropAtScene(ElementKind kind, double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        if (local == null || !canvas.getLayoutBounds().contains(local)) {
            return false;
        }
        Viewport v = model.viewportProperty().get();
        return model.drop(kind, v.toWorldX(local.getX()), v.toWorldY(local.getY()));
    }

    /** Shows where a palette element dragged to a scene point would land; kind null clears it. */
    public void previewDrop(ElementKind kind, double sceneX, double sceneY) {
        Point2D local = kind == null ? null : canvas.sceneToLocal(sceneX, sceneY);
        if (local == null || !canvas.getLayoutBounds().contains(local)) {
            model.previewDrop(null, 0, 0);
            return;
        }
        Viewport v = model.viewportProperty().get();
        model.previewDrop(kind, v.toWorldX(local.getX()), v.toWorldY(local.getY()));
    }

    /** Whether a scene point is over the drawing. */
    public boolean containsScenePoint(double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        return local != null && canvas.getLayoutBounds().contains(local);
    }

    public void fitToWindow() {
        model.fit(canvas.getWidth(), canvas.getHeight());
    }

    public void zoom(double factor) {
        model.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    private void panEnded(MouseEvent e, double distance) {
        canvas.setCursor(model.toolProperty().get() == CanvasViewModel.Tool.LINK ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    private void moved(MouseEvent e) {
        Viewport v = model.viewportProperty().get();
        String hit = model.drawnGeometry().hit(v.toWorldX(e.getX()), v.toWorldY(e.getY()), 5 / v.scale(),
                model.layersProperty().get());
        if (Objects.equals(hit, hovered)) {
            return;
        }
        hovered = hit;
        if (hit == null) {
            Tooltip.uninstall(canvas, tooltip);
        } else {
            tooltip.setText(TooltipText.describe(hit, model.geometry(), model.loadsProperty().get()));
            Tooltip.install(canvas, tooltip);
        }
    }

    /** What is drawn over the diagram; set to null for nothing. */
    public ObjectProperty<Decoration> decorationProperty() {
        return decoration;
    }

    /** The text a tooltip shows for an element (also used by tests). */
    public String tooltipFor(String id) {
        return TooltipText.describe(id, model.geometry(), model.loadsProperty().get());
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

    /** Draws the visible part of the diagram now. */
    public void redraw() {
        Set<String> dragged = model.draggedProperty().get();
        if (dragged.isEmpty()) {
            setLayered(false);
            still = null;
            drawPart(canvas, DiagramRenderer.Part.WHOLE, related());
            drawOnTop(canvas.getGraphicsContext2D());
            if (!warmedAt.contains(detail())) {
                idleBeforeWarmUp.playFromStart();
            }
        } else {
            if (still == null || !model.editor().scenario().sameExceptLayout(still.source())) {
                // Once per drag: everything that stays put, under and over the moving part.
                DiagramGeometry drawn = model.drawnGeometry();
                Set<String> moving = drawn.inDrawingOrder(drawn.attachedTo(dragged));
                still = new StillPart(model.editor().scenario(), moving, related());
                drawPart(canvas, new DiagramRenderer.Part(moving, false, true, false), still.related());
                drawPart(stillOver, new DiagramRenderer.Part(moving, false, false, true), still.related());
                setLayered(true);
            }
            drawPart(movingUnder, new DiagramRenderer.Part(still.moving(), true, true, false), still.related());
            drawPart(movingOver, new DiagramRenderer.Part(still.moving(), true, false, true), still.related());
            drawOnTop(movingOver.getGraphicsContext2D());
        }
        minimap.redraw();
    }

    /**
     * The elements a drag moves and what the selection is related to, fixed when its still layers
     * were drawn (a move changes neither).
     */
    private record StillPart(Scenario source, Set<String> moving, Set<String> related) {
    }

    /**
     * The first drag after start drew its layers with code run for the first time and showed the three upper
     * canvases for the first time (their textures made then): its early frames were 57-78 ms apart, later drags'
     * under 20 (docs/decisions/0450). So, once, while the design stands still, a drag of one visible node is
     * rehearsed: its press and first move in the view model ({@link CanvasViewModel#rehearseDrag}, which edits
     * nothing), what the node selected would be related to, and the four parts of the drag drawn as that selection
     * shows them into the hidden layers, wiped before any frame shows them; then the wiped (clear) layers are shown
     * for two pulses so the renderer makes their textures, and hidden again. The selection itself is not touched.
     * Far out, every canvas's two images ({@link Hairlines#prepare}) are made too and drawn one clear pixel each in
     * those pulses, so the renderer makes their textures then: a wipe drops the drawing queued before it (when over
     * 1 KB), so the renderer had never drawn the still layers' images, and made their textures in the first drag.
     */
    private void warmDragLayers() {
        DiagramGeometry drawn = model.drawnGeometry();
        Rect visible = model.viewportProperty().get().visibleWorld(canvas.getWidth(), canvas.getHeight());
        // A host if one shows: what is dragged most, and what selects and relates to the most (its VMs, domains).
        String node = drawn.nodes().values().stream().filter(b -> b.rect().intersects(visible))
                .min(Comparator.comparing(b -> b.kind() != ElementKind.HOST)).map(DiagramGeometry.Box::id).orElse(null);
        DiagramRenderer.Detail level = detail();
        if (warmedAt.contains(level) || node == null || !model.draggedProperty().get().isEmpty()) {
            return;
        }
        warmedAt.add(level);
        Set<String> pressed = Set.of(node);
        Set<String> moving = drawn.inDrawingOrder(drawn.attachedTo(pressed));
        long start = System.nanoTime();
        for (int round = 0; round < WARM_UP_ROUNDS && (round == 0 || System.nanoTime() - start < WARM_UP_BUDGET_NANOS);
                round++) {
            Set<String> related = Related.to(model.editor().scenario(), pressed);
            // A move a little further each round: a move to where the node already is would compute nothing.
            DiagramGeometry moved = model.rehearseDrag(node, round + 1, 0);
            warmedDrag = new WarmedDrag(node, related, moved);
            // What a drag draws into canvas and stillOver once, and into the moving layers every frame.
            drawPart(movingUnder, new DiagramRenderer.Part(moving, false, true, false), drawn, pressed, related);
            drawPart(stillOver, new DiagramRenderer.Part(moving, false, false, true), drawn, pressed, related);
            drawPart(movingUnder, new DiagramRenderer.Part(moving, true, true, false), moved, pressed, related);
            drawPart(movingOver, new DiagramRenderer.Part(moving, true, false, true), moved, pressed, related);
            drawOnTop(movingOver.getGraphicsContext2D());
            clearLayers();
        }
        // Far out, each canvas draws into two images in turn: both are made now, and their textures in the shown pulses.
        for (Canvas c : layerCanvases()) {
            Hairlines.prepare(c);
        }
        setLayered(true);
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The pulse that showed them has been rendered once the next one starts.
                if (++pulses == 2) {
                    stop();
                    if (model.draggedProperty().get().isEmpty()) {
                        setLayered(false);
                    }
                }
            }
        }.start();
    }

    /**
     * The drag {@link #warmDragLayers} rehearsed: the node, what it selected would be related to, and the geometry of
     * its last rehearsed move.
     */
    record WarmedDrag(String node, Set<String> related, DiagramGeometry moved) {
    }

    /** Whether the drag's layers have been warmed ({@link #warmDragLayers}) at the current level of detail; for tests. */
    boolean dragLayersWarm() {
        return warmedAt.contains(detail());
    }

    private DiagramRenderer.Detail detail() {
        return DiagramRenderer.Detail.at(model.viewportProperty().get().scale());
    }

    /** The bottom canvas and the three a drag adds over it, bottom first; for tests. */
    List<Canvas> layerCanvases() {
        return List.of(canvas, movingUnder, stillOver, movingOver);
    }

    /** The drag the warm-up rehearsed, or null; for tests. */
    WarmedDrag warmedDrag() {
        return warmedDrag;
    }

    private Set<String> related() {
        return Related.to(model.editor().scenario(), model.editor().selection().ids());
    }

    private static Canvas layer() {
        Canvas c = new Canvas();
        c.setMouseTransparent(true);
        c.setVisible(false);
        return c;
    }

    private void setLayered(boolean layered) {
        if (movingOver.isVisible() == layered) {
            return;
        }
        for (Canvas c : List.of(movingUnder, stillOver, movingOver)) {
            c.setVisible(layered);
        }
        if (!layered) {
            clearLayers();
        }
    }

    /** Wipes the three upper canvases (a full clear also drops the drawing commands they held). */
    private void clearLayers() {
        for (Canvas c : List.of(movingUnder, stillOver, movingOver)) {
            GraphicsContext gc = c.getGraphicsContext2D();
            gc.setTransform(1, 0, 0, 1, 0, 0);
            gc.clearRect(0, 0, c.getWidth(), c.getHeight());
        }
    }

    /** One part of the diagram as it is now into one canvas: the bottom one gets the background and the grid. */
    private void drawPart(Canvas target, DiagramRenderer.Part part, Set<String> related) {
        drawPart(target, part, model.drawnGeometry(), model.editor().selection().ids(), related);
    }

    /** One part of a geometry with a selection into one canvas. */
    private void drawPart(Canvas target, DiagramRenderer.Part part, DiagramGeometry geometry, Set<String> selection,
            Set<String> related) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = target.getGraphicsContext2D();
        CanvasTheme theme = model.themeProperty().get();
        Viewport v = model.viewportProperty().get();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        if (target == canvas) {
            gc.setFill(theme.background());
            gc.fillRect(0, 0, w, h);
            drawGrid(gc, v, w, h, theme.grid());
        } else {
            gc.clearRect(0, 0, w, h);
        }
        gc.setTransform(v.scale(), 0, 0, v.scale(), v.translateX(), v.translateY());
        FxPainter painter = new FxPainter(gc, model.strokeScaleProperty().get());
        DiagramRenderer.draw(new DiagramRenderer.Frame(geometry, model.loadsProperty().get(), selection,
                model.layersProperty().get(), theme, v.visibleWorld(w, h), v.scale(), related, part), painter);
    }

    /** Gesture feedback, highlights, decorations and hints: drawn every frame over the diagram. */
    private void drawOnTop(GraphicsContext gc) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        CanvasTheme theme = model.themeProperty().get();
        Viewport v = model.viewportProperty().get();
        gc.setTransform(v.scale(), 0, 0, v.scale(), v.translateX(), v.translateY());
        FxPainter painter = new FxPainter(gc, model.strokeScaleProperty().get());
        drawOverlay(painter, theme);
        drawHighlight(painter, theme, v.scale());
        if (decoration.get() != null) {
            decoration.get().draw(painter, model.drawnGeometry(), v.scale());
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        DragPreview preview = model.overlayProperty().get().preview();
        if (preview != null) {
            MoveCostLabel.draw(new FxPainter(gc), preview, model.overlayProperty().get().dropTarget() == null ? null
                    : model.drawnGeometry().boundsOf(preview.to()).map(r -> new Rect(v.toScreenX(r.x()), v.toScreenY(r.y()),
                            r.width() * v.scale(), r.height() * v.scale())).orElse(null), w, h, theme);
        }
        String hint = model.layersProperty().get().hiddenHint(model.editor().scenario());
        if (!hint.isEmpty()) {
            // A hidden layer says so: hosts that look empty may hold VMs.
            new FxPainter(gc).text(hint, 12, 22, 13, true, theme.high(), Painter.Align.LEFT);
        }
        if (model.drawnGeometry().nodes().isEmpty()) {
            // An empty design says how to start instead of showing a blank grid.
            FxPainter screen = new FxPainter(gc);
            screen.text("Drag a host or a switch from the palette onto the canvas", w / 2, h / 2 - 10, 16, true,
                    theme.mutedText(), Painter.Align.CENTER);
            screen.text("or open a sample from Help › Samples", w / 2, h / 2 + 14, 14, false, theme.mutedText(),
                    Painter.Align.CENTER);
        }
    }

    /** A lesson's highlighted elements: a wide ring, as thick on screen at any zoom. */
    private void drawHighlight(FxPainter painter, CanvasTheme theme, double scale) {
        for (String id : model.highlightProperty().get()) {
            model.drawnGeometry().boundsOf(id)
                    .ifPresent(r -> painter.strokeRoundRect(r.grow(6 / scale), 14, theme.highlight(), 4 / scale, false));
        }
    }

    private void drawOverlay(FxPainter painter, CanvasTheme theme) {
        CanvasViewModel.Overlay o = model.overlayProperty().get();
        if (o.band() != null) {
            painter.fillRoundRect(o.band(), 0, theme.selection().deriveColor(0, 1, 1, 0.12));
            painter.strokeRoundRect(o.band(), 0, theme.selection(), 1, true);
        }
        if (o.linkLine() != null) {
            double[] l = o.linkLine();
            painter.line(l[0], l[1], l[2], l[3], theme.selection(), 2);
        }
        if (o.preview() != null && o.preview().runs()) {
            // The ghost line: the move's path over the scenario's links, as wide on screen at any zoom.
            double scale = model.viewportProperty().get().scale();
            for (String linkId : o.preview().path()) {
                DiagramGeometry.Segment s = model.drawnGeometry().links().get(linkId);
                if (s != null) {
                    painter.line(s.x1(), s.y1(), s.x2(), s.y2(), theme.selection().deriveColor(0, 1, 1, 0.45), 7 / scale);
                }
            }
        }
        if (o.dropTarget() != null) {
            model.drawnGeometry().boundsOf(o.dropTarget())
                    .ifPresent(r -> painter.strokeRoundRect(r.grow(5), 12, theme.selection(), 3, true));
        }
    }

    private static void drawGrid(GraphicsContext gc, Viewport v, double w, double h, Color color) {
        double step = 40 * v.scale();
        if (step < 14) {
            return;
        }
        gc.setStroke(color);
        gc.setLineWidth(1);
        gc.setLineDashes(null);
        double startX = ((v.translateX() % step) + step) % step;
        double startY = ((v.translateY() % step) + step) % step;
        for (double x = startX; x < w; x += step) {
            gc.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, h);
        }
        for (double y = startY; y < h; y += step) {
            gc.strokeLine(0, Math.floor(y) + 0.5, w, Math.floor(y) + 0.5);
        }
    }
}
