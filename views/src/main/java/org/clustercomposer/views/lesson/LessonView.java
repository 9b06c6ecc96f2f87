package org.clustercomposer.views.lesson;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.clustercomposer.lesson.CheckResult;
import org.clustercomposer.lesson.LessonProgress;
import org.clustercomposer.lesson.LessonStep;
import org.clustercomposer.lesson.StudentAction;

/**
 * The lesson panel beside the canvas: the step's text, the task, an answer field when the step asks
 * for a number, the check's verdict, hints on request, and Back / Show me / Check / Hint / Next.
 * Sizes are in em, so presentation mode's larger font makes the whole panel larger.
 */
public final class LessonView extends ScrollPane {

    public static final String STYLE = "lesson-panel";

    private final LessonViewModel model;
    private final Label title = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progressBar = new ProgressBar(0);
    private final Label text = new Label();
    private final Label task = new Label();
    private final TextField answer = new TextField();
    private final Label result = new Label();
    private final VBox hints = new VBox(4);
    private final Button back = new Button("Back");
    private final Button showMe = new Button("Show me");
    private final Button check = new Button("Check");
    private final Button hint = new Button("Hint");
    private final Button next = new Button("Next");
    private final Button export = new Button("Export PNG…");
    private final Button close = new Button("Close");

    public LessonView(LessonViewModel model) {
        this.model = model;
        setId("lesson-panel");
        getStyleClass().add(STYLE);
        title.setId("lesson-title");
        title.getStyleClass().addAll(Styles.TITLE_4, "lesson-title");
        progressText.setId("lesson-progress");
        progressBar.setMaxWidth(Double.MAX_VALUE);
        text.setId("lesson-text");
        task.setId("lesson-task");
        task.getStyleClass().add("lesson-task");
        answer.setId("lesson-answer");
        answer.setPromptText("your answer, e.g. 320 or 0.32 s");
        answer.textProperty().bindBidirectional(model.answerProperty());
        answer.setOnAction(e -> model.check());
        result.setId("lesson-result");
        for (Label l : new Label[] {title, text, task, result}) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        back.setId("lesson-back");
        showMe.setId("lesson-show-me");
        check.setId("lesson-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.setDefaultButton(false);
        hint.setId("lesson-hint");
        next.setId("lesson-next");
        export.setId("lesson-export");
        close.setId("lesson-close");
        back.setOnAction(e -> model.back());
        showMe.setOnAction(e -> model.showMe());
        check.setOnAction(e -> model.check());
        hint.setOnAction(e -> model.hint());
        next.setOnAction(e -> model.next());
        export.setOnAction(e -> model.exportStep());
        close.setOnAction(e -> model.close());
        FlowPane steps = new FlowPane(6, 6, back, showMe, check, hint, next);
        FlowPane more = new FlowPane(6, 6, export, close);
        VBox box = new VBox(10, title, progressText, progressBar, text, task, answer, result, hints, steps, more);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("lesson-box");
        VBox.setVgrow(text, Priority.NEVER);
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        model.revisionProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        LessonProgress p = model.progressProperty().get();
        setVisible(p != null);
        setManaged(p != null);
        if (p == null) {
            return;
        }
        LessonStep step = p.step();
        title.setText(p.lesson().title());
        progressText.setText(p.describe());
        progressBar.setProgress((double) p.passedCount() / p.lesson().steps().size());
        text.setText(step.text());
        task.setText("Your task: " + step.action().describe(model.state().scenario()));
        boolean asks = step.action() instanceof StudentAction.Answer;
        answer.setVisible(asks);
        answer.setManaged(asks);
        CheckResult r = p.lastResult();
        String notice = model.noticeProperty().get();
        result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
        if (!notice.isEmpty()) {
            result.setText(notice);
            result.getStyleClass().add(Styles.WARNING);
        } else if (r != null) {
            result.setText((r.passed() ? "✓ " : "✗ ") + r.message());
            result.getStyleClass().add(r.passed() ? Styles.SUCCESS : Styles.DANGER);
        } else {
            result.setText(p.passed(p.index()) ? "✓ Done" : "");
        }
        hints.getChildren().clear();
        for (String h : p.hints()) {
            Label l = new Label("Hint: " + h);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.TEXT_MUTED);
            hints.getChildren().add(l);
        }
        back.setDisable(!p.canGoBack());
        next.setDisable(!p.canGoNext());
        hint.setDisable(!p.hasMoreHints());
        next.setText(p.index() + 1 == p.lesson().steps().size() ? (p.finished() ? "Finished" : "Next") : "Next");
        if (p.finished()) {
            progressText.setText("Lesson finished: " + p.lesson().steps().size() + " of " + p.lesson().steps().size()
                    + " steps done. " + p.lesson().summary());
        }
    }
}
