package org.clustercomposer.views.migration;

import java.util.Locale;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.FxPainter;

/**
 * A migration you can watch: the frame drawn on a canvas that fills the view, and the controls under it (to the
 * start, step back, play or pause, step forward, to the end, a frame slider, the speed, export the frame as PNG).
 */
public final class MigrationAnimationView extends BorderPane {

    /** Width and height a frame is drawn at when the view has no size yet (an export before showing). */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 760;

    private final MigrationAnimationModel model;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<CanvasTheme> theme = new SimpleObjectProperty<>(CanvasTheme.LIGHT);
    private final Timeline timeline = new Timeline();
    private final Button export = new Button("Export PNG (2x)…");
    private final Button play = new Button("Play");

    public MigrationAnimationView(MigrationAnimationModel model) {
        this.model = model;
        setId("migration-animation");
        Pane holder = new Pane(canvas);
        holder.setMinSize(320, 240);
        holder.setPrefSize(DEFAULT_WIDTH, DEFAULT_HEIGHT);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        setCenter(holder);
        setBottom(controls());
        model.frameProperty().addListener(o -> redraw());
        theme.addListener(o -> redraw());
        model.playingProperty().addListener((o, was, now) -> {
            play.setText(now ? "Pause" : "Play");
            if (now) {
                schedule();
            } else {
                timeline.stop();
            }
        });
        model.speedProperty().addListener(o -> {
            if (model.playingProperty().get()) {
                schedule();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                model.playingProperty().set(false);
            }
        });
        redraw();
    }

    private HBox controls() {
        Button start = button("|◀", "To the start", model::toStart);
        Button back = button("◀", "One frame back", model::stepBack);
        back.setId("animation-back");
        play.setId("animation-play");
        play.setOnAction(e -> model.playPause());
        play.setTooltip(new Tooltip("Play or pause"));
        play.setMinWidth(80);
        Button forward = button("▶", "One frame forward", model::stepForward);
        forward.setId("animation-forward");
        Button end = button("▶|", "To the end", model::toEnd);
        Slider slider = new Slider(0, model.lastIndex(), 0);
        slider.setId("animation-frame");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.valueProperty().addListener((o, was, now) -> model.frameProperty().set((int) Math.round(now.doubleValue())));
        model.frameProperty().addListener((o, was, now) -> slider.setValue(now.intValue()));
        HBox.setHgrow(slider, Priority.ALWAYS);
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.setId("animation-speed");
        for (double s : MigrationAnimationModel.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : (s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f", s)
                        : String.format(Locale.ROOT, "%s", s)) + "x";
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        speed.setValue(model.speedProperty().get());
        speed.valueProperty().addListener((o, was, now) -> model.speedProperty().set(now));
        export.setId("animation-export");
        HBox bar = new HBox(8, start, back, play, forward, end, slider, new Label("Speed"), speed, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void schedule() {
        timeline.stop();
        timeline.getKeyFrames().setAll(new KeyFrame(Duration.seconds(model.frameSeconds()), e -> model.stepForward()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    public MigrationAnimationModel model() {
        return model;
    }

    public ObjectProperty<CanvasTheme> themeProperty() {
        return theme;
    }

    /** The export button; what it does (a file chooser, a message) is the window's. */
    public Button exportButton() {
        return export;
    }

    public Canvas canvas() {
        return canvas;
    }

    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, w, h);
        MigrationAnimationRenderer.draw(new FxPainter(gc), model.script(), model.frameProperty().get(), w, h, theme.get());
    }

    /**
     * The frame shown, drawn off screen at a pixel scale (2 for slides) at the view's size, or the default size before
     * the view is laid out. Call on the FX thread.
     */
    public WritableImage render(double pixelScale) {
        double w = canvas.getWidth() >= 1 ? canvas.getWidth() : DEFAULT_WIDTH;
        double h = canvas.getHeight() >= 1 ? canvas.getHeight() : DEFAULT_HEIGHT;
        Canvas off = new Canvas(Math.ceil(w * pixelScale), Math.ceil(h * pixelScale));
        GraphicsContext gc = off.getGraphicsContext2D();
        gc.setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
        MigrationAnimationRenderer.draw(new FxPainter(gc), model.script(), model.frameProperty().get(), w, h, theme.get());
        return off.snapshot(null, null);
    }
}
