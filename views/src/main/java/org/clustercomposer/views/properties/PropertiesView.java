package org.clustercomposer.views.properties;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The ControlsFX property sheet of the selected element, or of several selected elements of one
 * kind (a field whose values differ shows empty with a "(mixed)" prompt). Text is committed on Enter or when the
 * field loses focus (not on each keystroke: "1" is a valid size on the way to "16 GiB").
 */
public final class PropertiesView extends VBox {

    /** The prompt of a field whose selected elements hold different values. */
    public static final String MIXED = "(mixed)";

    private final PropertiesViewModel model;
    private final PropertySheet sheet = new PropertySheet();
    private List<PropertyRow> shown = List.of();
    private String openCategory;
    private Accordion watched;

    public PropertiesView(PropertiesViewModel model) {
        this.model = model;
        setId("properties");
        getStyleClass().add("properties-panel");
        setSpacing(6);
        setPadding(new Insets(10, 10, 10, 10));
        setPrefWidth(320);
        setMinWidth(260);
        Label headline = new Label();
        headline.setId("properties-headline");
        headline.getStyleClass().add(Styles.TITLE_4);
        headline.textProperty().bind(model.headlineProperty());
        Label error = new Label();
        error.setId("properties-error");
        error.getStyleClass().addAll(Styles.DANGER, "properties-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label("Select an element on the canvas, or several of one kind, to edit them here. Quantities take units: "
                + "\"16 GiB\", \"10 Gbit/s\", \"2.4 GHz\", \"50 us\". Press Enter to apply.");
        hint.setId("properties-hint");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.rowsProperty().get().isEmpty(), model.rowsProperty()));
        hint.managedProperty().bind(hint.visibleProperty());
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        // Categories in the order the catalog lists them (General first), not alphabetically.
        sheet.setCategoryComparator(Comparator.comparingInt(this::categoryRank));
        sheet.setPropertyEditorFactory(item -> editorFor((RowItem) item));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        // The refusal shows below the fields: above them it pushed the form down, under the pointer,
        // so the next click landed on another field.
        getChildren().addAll(headline, hint, sheet, error);
        model.rowsProperty().addListener((o, was, now) -> show(now));
        show(model.rowsProperty().get());
    }

    private void show(List<PropertyRow> rows) {
        if (rows.equals(shown)) {
            return;
        }
        shown = rows;
        sheet.getItems().setAll(rows.stream().map(RowItem::new).toList());
        keepOpenCategory();
    }

    /**
     * The sheet rebuilds its sections on every change and opens the first (General): open the one
     * the user had open instead, so an edit under Workload stays under Workload.
     */
    private void keepOpenCategory() {
        Accordion sections = (Accordion) sheet.lookup(".accordion");
        if (sections == null) {
            return;
        }
        if (openCategory != null) {
            sections.getPanes().stream().filter(p -> openCategory.equals(p.getText())).findFirst()
                    .ifPresent(sections::setExpandedPane);
        }
        if (sections != watched) {
            watched = sections;
            sections.expandedPaneProperty().addListener((o, was, now) -> {
                if (now != null) {
                    openCategory = now.getText();
                }
            });
        }
    }

    /** The section the user opened last (null: the sheet's default). */
    public String openCategory() {
        return openCategory;
    }

    private int categoryRank(String category) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).spec().category().equals(category)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    public PropertySheet sheet() {
        return sheet;
    }

    private PropertyEditor<Object> editorFor(RowItem item) {
        List<String> choices = item.row.spec().type().choices();
        if (!choices.isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(choices);
            box.setValue(item.row.mixed() ? null : item.row.text());
            box.setMaxWidth(Double.MAX_VALUE);
            showMixed(box, item.row);
            box.setOnAction(e -> {
                if (box.getValue() != null && !box.getValue().equals(item.row.text())) {
                    model.commit(item.row, box.getValue());
                }
            });
            return new SimpleEditor(box, box::getValue, v -> box.setValue(String.valueOf(v)));
        }
        TextField field = new TextField(item.row.text());
        field.setId("property-" + item.row.spec().path());
        field.setEditable(item.row.spec().editable());
        field.setPromptText(item.row.spec().help());
        showMixed(field, item.row);
        Runnable commit = () -> {
            if (!field.getText().equals(item.row.text()) && !model.commit(item.row, field.getText())) {
                field.setText(item.row.text());
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        return new SimpleEditor(field, field::getText, v -> field.setText(String.valueOf(v)));
    }

    /** A field whose selected elements differ shows empty, says so, and lists the values on hover. */
    private static void showMixed(Control field, PropertyRow row) {
        if (!row.mixed()) {
            return;
        }
        if (field instanceof TextField text) {
            text.setPromptText(MIXED);
        } else if (field instanceof ComboBox<?> box) {
            box.setPromptText(MIXED);
        }
        field.getStyleClass().add("mixed-value");
        field.setTooltip(new Tooltip("Differs across the " + row.elementIds().size() + " selected: "
                + String.join(" | ", row.values().stream().map(v -> v.isEmpty() ? "(empty)" : v).toList())));
    }

    /** A property editor around any node. */
    private record SimpleEditor(Node node, Supplier<Object> getter,
                                Consumer<Object> setter) implements PropertyEditor<Object> {
        @Override
        public Node getEditor() {
            return node;
        }

        @Override
        public Object getValue() {
            return getter.get();
        }

        @Override
        public void setValue(Object value) {
            setter.accept(value);
        }
    }

    /** Adapts a row to the sheet; values flow through the view model, never straight into records. */
    private static final class RowItem implements PropertySheet.Item {
        private final PropertyRow row;

        RowItem(PropertyRow row) {
            this.row = row;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return row.spec().category();
        }

        @Override
        public String getName() {
            return row.spec().label();
        }

        @Override
        public String getDescription() {
            return row.spec().help();
        }

        @Override
        public Object getValue() {
            return row.text();
        }

        @Override
        public void setValue(Object value) {
            // Commits go through the editor's own handlers.
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            return row.spec().editable();
        }
    }
}
