package org.clustercomposer.views.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.clustercomposer.lesson.Check;
import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.lesson.LessonRecorder;
import org.clustercomposer.lesson.LessonState;
import org.clustercomposer.lesson.LessonStep;

/**
 * Help › Record Lesson…: a teacher adds steps on the design as it is (the selection is the step's
 * highlight, the check is chosen among those the editor's state suggests) and saves a lesson file.
 */
public final class LessonRecorderView extends ScrollPane {

    private final Supplier<LessonState> state;
    private final Consumer<Lesson> save;
    private final Runnable close;
    private LessonRecorder recorder;
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final ComboBox<Check> check = new ComboBox<>();
    private final TextField hints = new TextField();
    private final Label steps = new Label();
    private final Label message = new Label();

    public LessonRecorderView(Supplier<LessonState> state, Consumer<Lesson> save, Runnable close) {
        this.state = state;
        this.save = save;
        this.close = close;
        setId("lesson-recorder");
        getStyleClass().add(LessonView.STYLE);
        Label heading = new Label("Record a lesson");
        heading.getStyleClass().add(Styles.TITLE_4);
        title.setId("record-title");
        title.setPromptText("Lesson title");
        text.setId("record-text");
        text.setPromptText("What this step explains and asks");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        check.setId("record-check");
        check.setMaxWidth(Double.MAX_VALUE);
        check.setConverter(new StringConverter<>() {
            @Override
            public String toString(Check c) {
                return c == null ? "" : LessonRecorder.describe(c, state.get().scenario());
            }

            @Override
            public Check fromString(String s) {
                return null;
            }
        });
        // The choices follow the editor: what holds now (after the teacher did the step's action).
        check.setOnShowing(e -> refreshChecks());
        hints.setId("record-hints");
        hints.setPromptText("Hints, separated by |");
        steps.setId("record-steps");
        message.setId("record-message");
        message.setWrapText(true);
        Label help = new Label("Select what the step is about, do what the student should do, pick the check that "
                + "now holds, then Add Step. The lesson starts from the design as it was when recording began.");
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        Button add = new Button("Add Step");
        add.setId("record-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> addStep());
        Button saveButton = new Button("Save Lesson…");
        saveButton.setId("record-save");
        saveButton.setOnAction(e -> saveLesson());
        Button cancel = new Button("Close");
        cancel.setOnAction(e -> close.run());
        VBox box = new VBox(10, heading, help, title, new Label("Step text"), text, new Label("Check"), check,
                hints, new FlowPane(6, 6, add, saveButton, cancel), steps, message);
        box.setPadding(new Insets(12));
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }

    /** Starts recording on the design as it is now. */
    public void start() {
        recorder = new LessonRecorder(state.get().scenario());
        title.clear();
        text.clear();
        hints.clear();
        message.setText("");
        refreshChecks();
        showSteps();
    }

    public void refreshChecks() {
        List<Check> offered = LessonRecorder.suggestions(state.get());
        Check kept = check.getValue();
        check.getItems().setAll(offered);
        check.setValue(kept != null && offered.contains(kept) ? kept : offered.get(offered.size() > 1 ? 1 : 0));
    }

    /** Adds a step from the fields and the editor's selection. */
    public LessonStep addStep() {
        if (text.getText().isBlank() || check.getValue() == null) {
            message.setText("Write the step's text and choose a check first");
            return null;
        }
        LessonState now = state.get();
        List<String> hintList = Arrays.stream(hints.getText().split("\\|")).map(String::strip).filter(h -> !h.isEmpty())
                .toList();
        LessonStep step = recorder.addStep(text.getText().strip(), now.selection(), check.getValue(), hintList);
        text.clear();
        hints.clear();
        message.setText("Added step " + recorder.steps().size());
        showSteps();
        return step;
    }

    /** The lesson recorded so far, or null (with a message) when it has no step or no title. */
    public Lesson lesson() {
        if (recorder.steps().isEmpty() || title.getText().isBlank()) {
            message.setText("Give the lesson a title and at least one step");
            return null;
        }
        String id = title.getText().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return recorder.finish(id.isEmpty() ? "recorded" : id.substring(0, Math.min(64, id.length())), title.getText().strip(),
                "");
    }

    private void saveLesson() {
        Lesson l = lesson();
        if (l != null) {
            save.accept(l);
        }
    }

    public void setMessage(String m) {
        message.setText(m);
    }


    private void showSteps() {
        StringBuilder b = new StringBuilder(recorder.steps().size() + " steps");
        int i = 1;
        for (LessonStep s : recorder.steps()) {
            String t = s.text();
            b.append("\n").append(i++).append(". ").append(t.length() > 60 ? t.substring(0, 60) + "…" : t);
        }
        steps.setText(b.toString());
    }

    public TextField titleField() {
        return title;
    }

    public TextArea textArea() {
        return text;
    }

    public ComboBox<Check> checkChoice() {
        return check;
    }
}
