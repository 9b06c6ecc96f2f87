package org.clustercomposer.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.samples.Lessons;
import org.clustercomposer.scenario.Scenario;

/** The JavaFX application: the main window of the editor, and recovery after a crash. */
public final class ClusterComposerApp extends Application {

    /** {@code cluster-composer edit --lesson ID|FILE} passes this, then the lesson's id or file. */
    public static final String LESSON_ARGUMENT = "--lesson";

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
            List<String> args = getParameters().getRaw();
            if (args.size() == 2 && args.get(0).equals(LESSON_ARGUMENT)) {
                Platform.runLater(() -> openLesson(args.get(1)));
            } else {
                // `cluster-composer edit FILE` passes the file to open.
                args.stream().findFirst().ifPresent(file -> Platform.runLater(() -> window.documents().open(Path.of(file))));
            }
        }
    }

    private void openLesson(String idOrFile) {
        Optional<Lesson> shipped = Lessons.byId(idOrFile);
        if (shipped.isPresent()) {
            window.lessons().open(shipped.get());
        } else {
            window.lessons().openFile(Path.of(idOrFile));
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
