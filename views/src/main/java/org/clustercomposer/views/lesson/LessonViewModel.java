package org.clustercomposer.views.lesson;

import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.clustercomposer.lesson.Check;
import org.clustercomposer.lesson.CheckResult;
import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.lesson.LessonProgress;
import org.clustercomposer.lesson.LessonState;
import org.clustercomposer.lesson.LessonStep;
import org.clustercomposer.lesson.StudentAction;

/**
 * The lesson a student is following: the step shown, its check on the editor's state, hints, and
 * "Show me", which has the window perform the step's action as the student would.
 */
public final class LessonViewModel {

    /** What the lesson panel needs of the window around it. */
    public interface Host {
        /** The editor's state now; the answer is filled in by the lesson panel. */
        LessonState state();

        /** Performs a step's action through the window's own commands, menus and dialogs. */
        void perform(StudentAction action);

        /** Rings the step's elements on the canvas (an empty set: none). */
        void highlight(Set<String> ids);

        /** Exports what the window shows as a PNG for slides; returns a message, or null when not done. */
        String exportStep(String suggestedName);
    }

    private final Host host;
    private final ReadOnlyObjectWrapper<LessonProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    /** Changes whenever anything shown changes: the view redraws itself from the progress. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");

    public LessonViewModel(Host host) {
        this.host = host;
    }

    public void open(Lesson lesson) {
        progress.set(new LessonProgress(lesson));
        showStep();
    }

    public void close() {
        progress.set(null);
        host.highlight(Set.of());
        changed();
    }

    public boolean isOpen() {
        return progress.get() != null;
    }

    /** Verifies the current step on the editor's state now. */
    public CheckResult check() {
        LessonProgress p = progress.get();
        CheckResult r = p.check(host.state().withAnswer(answer.get()));
        notice.set("");
        changed();
        return r;
    }

    public void next() {
        progress.get().next();
        showStep();
    }

    public void back() {
        progress.get().back();
        showStep();
    }

    public List<String> hint() {
        List<String> h = progress.get().nextHint();
        changed();
        return h;
    }

    /** Does the step for the student: the action through the window, or the engine's number typed in. */
    public void showMe() {
        LessonStep step = progress.get().step();
        if (step.action() instanceof StudentAction.Answer) {
            answer.set(typedAnswer(step.check()));
        } else {
            host.perform(step.action());
        }
        changed();
    }

    /** Exports the step on screen as a PNG (twice the screen's pixels) for slides. */
    public void exportStep() {
        LessonProgress p = progress.get();
        String result = host.exportStep(p.lesson().id() + "-step-" + (p.index() + 1) + ".png");
        if (result != null) {
            notice.set(result);
            changed();
        }
    }

    private String typedAnswer(Check c) {
        if (c instanceof Check.Answer a) {
            return a.typedAnswer(host.state().scenario());
        }
        if (c instanceof Check.All all) {
            return all.checks().stream().map(this::typedAnswer).filter(x -> !x.isEmpty()).findFirst().orElse("");
        }
        return "";
    }

    private void showStep() {
        answer.set("");
        notice.set("");
        host.highlight(Set.copyOf(progress.get().step().highlight()));
        changed();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** The student's typed answer. */
    public StringProperty answerProperty() {
        return answer;
    }

    /** A message that is not a check's result (the animation hook, an export). */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<LessonProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The editor's state as the checks see it (the recorder's suggestions start from it). */
    public LessonState state() {
        return host.state().withAnswer(answer.get());
    }
}
