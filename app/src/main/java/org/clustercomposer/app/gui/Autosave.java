package org.clustercomposer.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

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
    /** Writes and deletes in order, off the FX thread. */
    private final ExecutorService writer = Engines.background("autosave");

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

    /**
     * Writes the recovery file if there is unsaved work not yet written (on a background thread:
     * a big design takes a while to write, and the scenario is an immutable value); removes the
     * file when the document is clean. Call on the FX thread.
     */
    public void saveNow() {
        if (!stack.isDirty()) {
            discard();
        } else if (stack.revision() != savedRevision) {
            Scenario snapshot = stack.current();
            savedRevision = stack.revision();
            writer.execute(() -> {
                try {
                    Files.createDirectories(recoveryFile.getParent());
                    ScenarioFiles.save(snapshot, recoveryFile);
                } catch (IOException | RuntimeException e) {
                    // Autosave must never interrupt editing; the next change is written again.
                }
            });
        }
    }

    /** Waits until pending writes are done (tests, shutdown). */
    public void flush() {
        var done = new CompletableFuture<Void>();
        writer.execute(() -> done.complete(null));
        done.join();
    }

    /** Removes the recovery file (after a save, or when the user declines recovery). */
    public void discard() {
        savedRevision = -1;
        writer.execute(() -> {
            try {
                Files.deleteIfExists(recoveryFile);
            } catch (IOException e) {
                // Left behind, it is offered again next time; harmless.
            }
        });
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
