package org.clustercomposer.views.playback;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * Play, pause, speed and a scrubber over a {@link PlaybackModel}'s time. Dragging the slider sets
 * the time directly; playing advances it by the chosen simulated seconds per wall-clock second.
 */
public final class PlaybackBar extends HBox {

    /** Simulated seconds per second of playback. */
    static final double[] SPEEDS = {300, 1800, 7200, 21600};

    private final PlaybackModel model;
    private final Slider slider = new Slider(0, 1, 0);
    private final Button play = new Button("Play");
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Label clock = new Label("0:00");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final AnimationTimer timer = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            if (last > 0) {
                double next = model.timeProperty().get() + (now - last) / 1e9 * speed.getValue();
                if (next >= model.end()) {
                    next = model.end();
                    pause();
                }
                model.timeProperty().set(next);
            }
            last = now;
        }

        @Override
        public void stop() {
            super.stop();
            last = -1;
        }
    };

    public PlaybackBar(PlaybackModel model) {
        this.model = model;
        setId("playback-bar");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        play.setId("playback-play");
        play.setOnAction(e -> toggle());
        slider.setId("playback-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, was, now) -> {
            if (Math.abs(now.doubleValue() - model.timeProperty().get()) > 1e-6) {
                model.timeProperty().set(now.doubleValue());
            }
        });
        model.timeProperty().addListener((o, was, now) -> {
            slider.setValue(now.doubleValue());
            clock.setText(PlaybackModel.clock(now.doubleValue()));
        });
        for (double s : SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setValue(SPEEDS[1]);
        speed.setId("playback-speed");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : v >= 3600 ? String.format("%.0f h/s", v / 3600) : String.format("%.0f min/s", v / 60);
            }

            @Override
            public Double fromString(String s) {
                return SPEEDS[1];
            }
        });
        clock.setId("playback-clock");
        clock.setMinWidth(50);
        getChildren().addAll(play, speed, slider, clock);
    }

    /** Call when a new run is loaded into the model: the scrubber spans it. */
    public void reset() {
        pause();
        slider.setMax(Math.max(1e-9, model.end()));
        slider.setValue(0);
        slider.setBlockIncrement(Math.max(1, model.end() / 288));
        setDisable(!model.isActive());
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            if (model.timeProperty().get() >= model.end()) {
                model.timeProperty().set(0);
            }
            playing.set(true);
            play.setText("Pause");
            timer.start();
        }
    }

    public void pause() {
        timer.stop();
        playing.set(false);
        play.setText("Play");
    }

    /** One recorded step back or forward. */
    public void step(int direction) {
        if (model.result() == null) {
            return;
        }
        double step = model.result().step();
        double t = Math.floor(model.timeProperty().get() / step + 1e-9 + direction) * step;
        model.timeProperty().set(Math.max(0, Math.min(model.end(), t)));
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public Slider slider() {
        return slider;
    }
}
