package org.clustercomposer.views.migration;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Which frame of a migration's script is shown, whether it plays and how fast: stepping forward and back moves
 * one frame and never past either end; the frames themselves are the script's, so a step back restores exactly
 * the frame shown before. Needs no running JavaFX toolkit.
 */
public final class MigrationAnimationModel {

    /** The speeds offered, as multiples of one frame per {@link #BASE_FRAME_SECONDS}. */
    public static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4};
    public static final double BASE_FRAME_SECONDS = 0.8;

    private final MigrationScript script;
    private final IntegerProperty frame = new SimpleIntegerProperty(0);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);

    public MigrationAnimationModel(MigrationScript script) {
        if (script == null || script.frames().isEmpty()) {
            throw new IllegalArgumentException("a script with frames is required");
        }
        this.script = script;
        frame.addListener((o, was, now) -> {
            int clamped = Math.max(0, Math.min(lastIndex(), now.intValue()));
            if (clamped != now.intValue()) {
                frame.set(clamped);
            }
        });
    }

    public MigrationScript script() {
        return script;
    }

    public IntegerProperty frameProperty() {
        return frame;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public MigrationFrame current() {
        return script.frames().get(frame.get());
    }

    public int lastIndex() {
        return script.frames().size() - 1;
    }

    /** One frame on; at the end, playing stops. Returns whether it moved. */
    public boolean stepForward() {
        if (frame.get() >= lastIndex()) {
            playing.set(false);
            return false;
        }
        frame.set(frame.get() + 1);
        return true;
    }

    public boolean stepBack() {
        if (frame.get() <= 0) {
            return false;
        }
        frame.set(frame.get() - 1);
        return true;
    }

    public void toStart() {
        frame.set(0);
    }

    public void toEnd() {
        frame.set(lastIndex());
    }

    /** Play from the start again when at the end; pause when playing. */
    public void playPause() {
        if (!playing.get() && frame.get() >= lastIndex()) {
            frame.set(0);
        }
        playing.set(!playing.get());
    }

    /** Seconds between frames at the current speed. */
    public double frameSeconds() {
        return BASE_FRAME_SECONDS / speed.get();
    }

    /** The first frame of a phase at or after a pass (for lessons and tests: "mid-way through round 2"). */
    public int firstFrameOf(MigrationFrame.Phase phase, int pass) {
        for (int i = 0; i < script.frames().size(); i++) {
            MigrationFrame f = script.frames().get(i);
            if (f.phase() == phase && (pass < 0 || f.pass() == pass)) {
                return i;
            }
        }
        return -1;
    }
}
