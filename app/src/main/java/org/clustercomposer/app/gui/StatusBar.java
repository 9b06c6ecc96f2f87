package org.clustercomposer.app.gui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.canvas.Viewport;

/** Zoom, selection, totals, the prediction state and the last message, along the bottom. */
final class StatusBar extends HBox {

    private final Label prediction = new Label("Prediction: waiting");
    private final Label message = new Label();
    private final Label zoom = new Label();

    /** Shows the zoom of the view that shows (topology or stack). */
    void zoomOf(ObservableValue<Viewport> viewport) {
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> "Zoom " + Math.round(viewport.getValue().scale() * 100) + " %", viewport));
    }

    StatusBar(CanvasViewModel canvas) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 12, 4, 12));
        zoom.setId("status-zoom");
        zoomOf(canvas.viewportProperty());
        Label selection = new Label();
        selection.setId("status-selection");
        selection.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = canvas.editor().selection().ids().size();
            return n == 0 ? "No selection" : n == 1 ? "Selected: " + canvas.editor().selection().single() : n + " selected";
        }, canvas.editor().selection().idsProperty()));
        Label totals = new Label();
        totals.setId("status-totals");
        totals.textProperty().bind(Bindings.createStringBinding(() -> totals(canvas.editor().scenario()),
                canvas.editor().scenarioProperty()));
        prediction.setId("status-prediction");
        message.setId("status-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(canvas.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(zoom, new Separator(Orientation.VERTICAL), selection,
                new Separator(Orientation.VERTICAL), totals, new Separator(Orientation.VERTICAL),
                prediction, spacer, message);
    }

    /** @param styleClass {@code Styles.SUCCESS}, {@code WARNING} or {@code DANGER} (AtlantaFX), or null */
    void setPrediction(String text, String styleClass) {
        prediction.setText(text);
        prediction.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        if (styleClass != null) {
            prediction.getStyleClass().add(styleClass);
        }
    }

    static String totals(Scenario s) {
        return s.hosts().size() + " hosts · " + s.switches().size() + " switches · " + s.vms().size() + " VMs · "
                + s.ssiDomains().size() + " SSI domains · " + s.applications().size() + " apps";
    }
}
