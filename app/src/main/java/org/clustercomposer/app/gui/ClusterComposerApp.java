package org.clustercomposer.app.gui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import org.clustercomposer.scenario.Scenario;

/** The JavaFX application: the main window of the editor, and recovery after a crash. */
public final class ClusterComposerApp extends Application {

    private MainWindow window;

    public static void launchEditor(String[] args) {
        Application.launch(ClusterComposerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Theme.LIGHT.install();
        AppHome home = AppHome.fromSystem();
        window = new MainWindow(home);
        window.show(stage);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        Optional<Scenario> recovered = Autosave.recoverable(home.recoveryFile());
        if (recovered.isPresent()) {
            Platform.runLater(() -> offerRecovery(recovered.get()));
        } else {
            // `cluster-composer edit FILE` passes the file to open.
            getParameters().getRaw().stream().findFirst()
                    .ifPresent(file -> Platform.runLater(() -> window.documents().open(Path.of(file))));
        }
    }

    private void offerRecovery(Scenario recovered) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Cluster Composer did not close normally. Unsaved work on \"" + recovered.name()
                        + "\" was autosaved. Restore it?", restore, discard);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Recover unsaved work?");
        if (alert.showAndWait().filter(b -> b == restore).isPresent()) {
            window.documents().openUnsaved(recovered);
        } else {
            new Autosave(window.home().recoveryFile(), window.editor().stack()).discard();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
