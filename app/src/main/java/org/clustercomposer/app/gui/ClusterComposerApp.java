package org.clustercomposer.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window of the editor. */
public final class ClusterComposerApp extends Application {

    public static void launchEditor(String[] args) {
        Application.launch(ClusterComposerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Cluster Composer");
        stage.setScene(new Scene(new Label("Cluster Composer"), 1200, 800));
        stage.show();
    }
}
