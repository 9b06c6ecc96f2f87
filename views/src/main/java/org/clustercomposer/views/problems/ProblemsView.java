package org.clustercomposer.views.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Validation errors, then predicted overloads as warnings; a click selects the element it is about. */
public final class ProblemsView extends VBox {

    private final ListView<ProblemItem> list = new ListView<>();

    public ProblemsView(ProblemsViewModel model, Consumer<ProblemItem> onChosen) {
        setId("problems");
        getStyleClass().add("problems-panel");
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(4);
        Label title = new Label();
        title.setId("problems-title");
        title.getStyleClass().add(Styles.TITLE_4);
        list.setId("problems-list");
        list.setPlaceholder(new Label("No problems: the design is valid."));
        list.setCellFactory(v -> new ProblemCell());
        list.getItems().setAll(model.problemsProperty().get());
        title.setText(titleFor(list.getItems()));
        model.problemsProperty().addListener((o, was, now) -> {
            list.getItems().setAll(now);
            title.setText(titleFor(now));
        });
        list.setOnMouseClicked(e -> choose(model, onChosen));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(model, onChosen);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    private void choose(ProblemsViewModel model, Consumer<ProblemItem> onChosen) {
        ProblemItem chosen = list.getSelectionModel().getSelectedItem();
        if (model.choose(chosen)) {
            onChosen.accept(chosen);
        }
    }

    public ListView<ProblemItem> list() {
        return list;
    }

    /** "Problems (2 errors, 415 overloads)". */
    static String titleFor(List<ProblemItem> items) {
        long warnings = items.stream().filter(ProblemItem::isWarning).count();
        long errors = items.size() - warnings;
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " overload" : " overloads"));
        }
        return parts.isEmpty() ? "Problems" : "Problems (" + String.join(", ", parts) + ")";
    }

    private static final class ProblemCell extends ListCell<ProblemItem> {
        @Override
        protected void updateItem(ProblemItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(item.isWarning() ? MaterialDesignA.ALERT_OUTLINE : MaterialDesignA.ALERT_CIRCLE_OUTLINE);
            icon.getStyleClass().add(item.isWarning() ? "problem-warning-icon" : "problem-icon");
            Label path = new Label(item.path().isEmpty() ? "file" : item.path());
            path.getStyleClass().addAll(Styles.TEXT_MUTED, "problem-path");
            path.setMinWidth(USE_PREF_SIZE);
            Label message = new Label(item.message());
            message.setWrapText(false);
            HBox row = new HBox(8, icon, path, message);
            if (item.elementId() != null) {
                FontIcon go = new FontIcon(MaterialDesignC.CURSOR_DEFAULT_CLICK_OUTLINE);
                go.getStyleClass().add(Styles.TEXT_MUTED);
                row.getChildren().add(go);
            }
            setGraphic(row);
            setText(null);
        }
    }
}
