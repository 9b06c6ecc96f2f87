package org.clustercomposer.app.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Platform;
import javafx.stage.DirectoryChooser;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Host;
import org.clustercomposer.views.playback.CanvasPlayback;
import org.clustercomposer.views.playback.PlaybackModel;
import org.clustercomposer.views.results.ResultsView;
import org.clustercomposer.views.results.SettingsDialog;
import org.clustercomposer.views.results.SimulationRun;
import org.clustercomposer.views.results.SimulationRunner;
import org.clustercomposer.views.results.SimulationSettings;

/**
 * The Simulate menu: runs the event-driven engine on a snapshot of the design, shows the results
 * view, and plays the run back on the canvas (and on any other view that subscribes to the playback).
 */
final class SimulationController {

    private final MainWindow window;
    private final SimulationRunner runner = new SimulationRunner(Platform::runLater);
    private final PlaybackModel playback = new PlaybackModel();
    private final ResultsView results = new ResultsView(runner, playback);
    private final CanvasPlayback canvasPlayback;
    private SimulationSettings settings = SimulationSettings.defaults();
    private Runnable onShowResults = () -> { };
    /** The last run that finished, or null. */
    private SimulationRun lastRun;

    SimulationController(MainWindow window) {
        this.window = window;
        this.canvasPlayback = new CanvasPlayback(window.canvasModel(), window.canvas());
        playback.subscribe(canvasPlayback);
        results.setDirectoryChooser(this::chooseDirectory);
        window.editor().selection().idsProperty().addListener(o -> results.setSelectedElement(
                window.editor().selection().single()));
    }

    /** F5: validates, then plays the design as it is now. */
    void run() {
        Scenario scenario = window.editor().scenario();
        onShowResults.run();
        if (scenario.hosts().isEmpty()) {
            results.showMessage("Nothing to simulate: the design has no hosts");
            return;
        }
        // Usually validated already for Problems: the shared result, not a second run on the FX thread.
        if (!window.validation().validate(scenario).isEmpty()) {
            results.showMessage("Fix the problems listed first: the engine runs valid designs only");
            return;
        }
        if (settings.maintenanceHost() != null && scenario.host(settings.maintenanceHost()).isEmpty()) {
            settings = settings.withMaintenance(null, 0, 0);
        }
        results.showMessage("Simulating " + scenario.name() + "…");
        long revision = window.editor().stack().revision();
        runner.run(scenario, revision, settings, window.canvasModel().migrationProfiles(), this::finished,
                results::showMessage);
    }

    private void finished(SimulationRun run) {
        lastRun = run;
        canvasPlayback.setScenario(run.scenario());
        results.show(run);
        results.showMessage(run.result().cancelled() ? "Cancelled: showing the first "
                + PlaybackModel.clock(run.result().simulatedTime()) + " h" : "");
        onShowResults.run();
    }

    void editSettings() {
        SettingsDialog dialog = new SettingsDialog(settings,
                window.editor().scenario().hosts().stream().map(Host::id).toList());
        if (window.root().getScene() != null) {
            dialog.initOwner(window.root().getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(s -> settings = s);
    }

    void cancel() {
        runner.cancel();
    }

    void pin() {
        results.pin();
    }

    void compare() {
        onShowResults.run();
        results.showCompare();
    }

    void playPause() {
        if (playback.isActive()) {
            results.playbackBar().toggle();
        }
    }

    void step(int direction) {
        results.playbackBar().step(direction);
    }

    /** The canvas goes back to the predicted loads of the design as edited. */
    void endPlayback() {
        results.playbackBar().pause();
        playback.stop();
        results.playbackBar().setDisable(true);
    }

    private Optional<Path> chooseDirectory(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(window.root().getScene().getWindow());
        return Optional.ofNullable(dir).map(File::toPath);
    }

    /** Called when results should come into view (the window shows the results tab). */
    void setOnShowResults(Runnable r) {
        onShowResults = r;
    }

    void setSettings(SimulationSettings s) {
        settings = s;
    }

    SimulationSettings settings() {
        return settings;
    }

    /** The last run that finished, or null (a lesson checks that the design it shows ran). */
    SimulationRun lastRun() {
        return lastRun;
    }

    CanvasPlayback canvasPlayback() {
        return canvasPlayback;
    }

    PlaybackModel playback() {
        return playback;
    }

    ResultsView results() {
        return results;
    }

    SimulationRunner runner() {
        return runner;
    }

    void close() {
        runner.close();
        results.playbackBar().pause();
    }
}
