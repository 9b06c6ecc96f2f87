package org.clustercomposer.app.gui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.clustercomposer.analysis.migration.MigrationMethod;

import org.clustercomposer.scenario.ElementKind;
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
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        zoomOf(canvas.viewportProperty());
        Label selection = new Label();
        selection.setId("status-selection");
        selection.setMinWidth(Region.USE_PREF_SIZE);
        selection.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = canvas.editor().selection().ids().size();
            return n == 0 ? "No selection" : n == 1 ? "Selected: " + canvas.nameOf(canvas.editor().selection().single())
                    : n + " selected";
        }, canvas.editor().selection().idsProperty(), canvas.editor().scenarioProperty()));
        Label totals = new Label();
        totals.setId("status-totals");
        totals.textProperty().bind(Bindings.createStringBinding(() -> totals(canvas.editor().scenario()),
                canvas.editor().scenarioProperty()));
        // On a narrow window the totals give way first (the whole line is in the tooltip); the prediction's verdict
        // and the method a drag uses are read in full.
        Tooltip allTotals = new Tooltip();
        allTotals.textProperty().bind(totals.textProperty());
        totals.setTooltip(allTotals);
        prediction.setId("status-prediction");
        prediction.setMinWidth(Region.USE_PREF_SIZE);
        message.setId("status-message");
        Tooltip wholeMessage = new Tooltip();
        wholeMessage.textProperty().bind(message.textProperty());
        message.tooltipProperty().bind(Bindings.when(message.textProperty().isEmpty()).then((Tooltip) null)
                .otherwise(wholeMessage)); // no empty tooltip when there is no message
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(canvas.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // How a dragged VM is moved, and so what its cost preview predicts.
        ChoiceBox<MigrationMethod> method = Migrations.methodChooser(canvas, "migration-method", "Migrate by ");
        method.setTooltip(new Tooltip("How a VM dragged to another host is moved; its predicted cost shows before the drop"));
        method.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(zoom, new Separator(Orientation.VERTICAL), selection,
                new Separator(Orientation.VERTICAL), totals, new Separator(Orientation.VERTICAL),
                prediction, spacer, message, new Separator(Orientation.VERTICAL), method);
    }

    /** While a file is read: what, a bar of how far, and a button to stop it (left of the message). */
    void showOpening(ReadOnlyObjectProperty<Task<Scenario>> opening, Runnable cancel) {
        Label what = new Label();
        what.setId("status-opening");
        ProgressBar bar = new ProgressBar();
        bar.setId("status-opening-progress");
        bar.setPrefWidth(100);
        Button stop = new Button("Cancel");
        stop.setId("status-opening-cancel");
        stop.getStyleClass().add(Styles.SMALL);
        stop.setTooltip(new Tooltip("Stop reading the file; the design open now stays"));
        stop.setOnAction(e -> cancel.run());
        // Shown whole while the read lasts: the totals line gives way first.
        what.setMinWidth(Region.USE_PREF_SIZE);
        stop.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, what, bar, stop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(opening.isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        opening.addListener((o, was, now) -> {
            what.textProperty().unbind();
            bar.progressProperty().unbind();
            if (now != null) {
                what.textProperty().bind(now.messageProperty());
                bar.progressProperty().bind(now.progressProperty());
            }
        });
        getChildren().add(getChildren().indexOf(message), box);
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
        return ElementKind.HOST.count(s.hosts().size()) + " · " + ElementKind.SWITCH.count(s.switches().size()) + " · "
                + ElementKind.VM.count(s.vms().size()) + " · " + ElementKind.SSI_DOMAIN.count(s.ssiDomains().size())
                + " · " + ElementKind.APPLICATION.count(s.applications().size());
    }
}
