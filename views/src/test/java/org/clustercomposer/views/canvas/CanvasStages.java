package org.clustercomposer.views.canvas;

import javafx.scene.Scene;
import javafx.stage.Stage;

/** A canvas view shown in a test's stage at 640 x 420, fitted and drawn once: what the pixel tests compare. */
final class CanvasStages {

    private CanvasStages() {
    }

    static CanvasView show(Stage stage, CanvasView view) {
        stage.setScene(new Scene(view, 640, 420));
        stage.show();
        view.applyCss();
        view.layout();
        view.fitToWindow();
        view.redraw();
        return view;
    }
}
