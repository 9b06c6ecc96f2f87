package org.clustercomposer.app.gui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.editing.ScenarioEdits;

/**
 * Edit › About This Design…: the scenario's name and its description (a sample's says what it
 * shows and where its numbers come from), both editable; OK applies them as one undoable step.
 */
final class DesignInfoDialog {

    private DesignInfoDialog() {
    }

    /** Opens the dialog without blocking; OK edits the design through the editor. */
    static Dialog<ButtonType> show(MainWindow window) {
        Scenario s = window.editor().scenario();
        TextField name = new TextField(s.name());
        name.setId("design-name");
        TextArea description = new TextArea(s.description());
        description.setId("design-description");
        description.setWrapText(true);
        description.setPrefRowCount(10);
        description.setPrefColumnCount(60);
        VBox form = new VBox(6, new Label("Name"), name, new Label("Description"), description);
        form.setPadding(new Insets(8));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("About this design");
        dialog.setHeaderText(s.hosts().size() + " hosts, " + s.vms().size() + " VMs, " + s.ssiDomains().size()
                + " SSI domains, " + s.applications().size() + " applications");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (window.root().getScene() != null) {
            dialog.initOwner(window.root().getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(window.root().getScene().getStylesheets());
        }
        dialog.resultProperty().addListener((o, was, now) -> {
            Scenario current = window.editor().scenario();
            if (now == ButtonType.OK && (!name.getText().strip().equals(current.name())
                    || !description.getText().strip().equals(current.description()))) {
                window.editor().execute(ScenarioEdits.describe(name.getText(), description.getText()));
            }
        });
        dialog.show();
        return dialog;
    }
}
