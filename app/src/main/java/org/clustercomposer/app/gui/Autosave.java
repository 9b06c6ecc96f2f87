package org.clustercomposer.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.views.editing.CommandStack;

/**
 * Every 30 s, writes unsaved work to a recovery file; a clean document removes it. The file
 * therefore exists at start-up only when the previous session ended with unsaved work (a crash),
 * and the editor offers to restore it.
 */
public final class Autosave {

    public static final Duration INTERVAL = Duration.seconds(30);
    private final Path recoveryFile;
    private final CommandStack stack;
    private final Timeline timeline;
    private long savedRevision = -1;

    public Autosave(Path recoveryFile, CommandStack stack) {
        this.recoveryFile = recoveryFile;
        this.stack = stack;
        this.timeline = new Timeline(new KeyFrame(INTERVAL, e -> saveNow()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /** Writes the recovery file if there is unsaved work not yet written; removes it when clean. */
    public void saveNow() {
        try {
            if (!stack.isDirty()) {
                discard();
            } else if (stack.revision() != savedRevision) {
                Files.createDirectories(recoveryFile.getParent());
                ScenarioFiles.save(stack.current(), recoveryFile);
                savedRevision = stack.revision();
            }
        } catch (IOException | RuntimeException e) {
            // The next tick tries again; autosave must never interrupt editing.
        }
    }

    /** Removes the recovery file (after a save, or when the user declines recovery). */
    public void discard() {
        try {
            Files.deleteIfExists(recoveryFile);
            savedRevision = -1;
        } catch (IOException e) {
            // Left behind, it is offered again next time; harmless.
        }
    }

    /** The work left by a previous session, if any. */
    public static Optional<Scenario> recoverable(Path recoveryFile) {
        if (!Files.isRegularFile(recoveryFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ScenarioFiles.load(recoveryFile));
        } catch (ScenarioFileException e) {
            return Optional.empty();
        }
    }
}
