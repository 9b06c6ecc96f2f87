package org.clustercomposer.app.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.export.PngExport;
import org.clustercomposer.views.migration.MigrationAnimationModel;
import org.clustercomposer.views.migration.MigrationAnimationView;
import org.clustercomposer.views.migration.MigrationScript;
import org.clustercomposer.views.migration.WatchedMove;
import org.clustercomposer.views.migration.WatchedMoves;
import org.clustercomposer.views.prediction.MovePreview;

/**
 * Edit › Watch Migration… and the right-click "Watch Migration to" menus: a window that animates one move, its numbers
 * the analytical engine's. The entry point for other features (a lesson step) is {@link #open(String, String)}.
 */
final class MigrationWatch {

    private final MainWindow window;
    private final CanvasViewModel canvas;
    private Stage stage;
    private MigrationAnimationView view;
    private final Label changed = new Label();
    /** What the open window shows, to cost again after an edit: subject, target, method, and the design it was costed on. */
    private String subject;
    private String target;
    private MigrationMethod method;
    private Scenario costedOn;

    MigrationWatch(MainWindow window) {
        this.window = window;
        this.canvas = window.canvasModel();
        changed.setId("watch-design-changed");
        changed.setWrapText(true);
        changed.getStyleClass().add(Styles.WARNING);
        changed.setPadding(new Insets(6, 12, 6, 12));
        changed.setManaged(false);
        changed.setVisible(false);
        window.editor().scenarioProperty().addListener((o, was, now) -> designChanged(now));
    }

    /**
     * An edit while the window is open costs the watched move again on the new design and replays it from the start;
     * a move that no longer runs keeps the old animation under a notice saying why. Moving boxes changes nothing.
     */
    private void designChanged(Scenario now) {
        if (stage == null || !stage.isShowing() || costedOn == null || now.sameExceptLayout(costedOn)) {
            return;
        }
        try {
            WatchedMove move = move(now, subject, target, method);
            show(move);
            costedOn = now;
            notice("The design changed: the move is costed again on it and replays from the start.");
        } catch (IllegalArgumentException e) {
            notice("The design changed: " + e.getMessage() + ". This animation is of the design before the edit.");
        }
    }

    private void notice(String text) {
        changed.setText(text);
        changed.setVisible(true);
        changed.setManaged(true);
    }

    /** The notice shown after an edit of the design, or "" while none is. */
    String designChangedNotice() {
        return changed.isVisible() ? changed.getText() : "";
    }

    /**
     * Opens the animation of moving {@code subjectId} to {@code targetId}: a VM to a host, by the method chosen in the
     * status bar (post-copy animates post-copy, every other method pre-copy's rounds), or a process of an application
     * on an SSI domain to another member of the domain. Returns the view shown, or null (with the reason in the status
     * bar) when the move cannot run.
     */
    MigrationAnimationView open(String subjectId, String targetId) {
        return open(subjectId, targetId, canvas.migrationMethodProperty().get());
    }

    /** The same with the method given (ignored for a process). */
    MigrationAnimationView open(String subjectId, String targetId, MigrationMethod method) {
        Scenario s = window.editor().scenario();
        WatchedMove move;
        try {
            move = move(s, subjectId, targetId, method);
        } catch (IllegalArgumentException e) {
            canvas.messageProperty().set("Cannot watch: " + e.getMessage());
            return null;
        }
        subject = subjectId;
        target = targetId;
        this.method = method;
        costedOn = s;
        changed.setVisible(false);
        changed.setManaged(false);
        return show(move);
    }

    private static WatchedMove move(Scenario s, String subjectId, String targetId, MigrationMethod method) {
        return s.kindOf(subjectId).orElse(null) == ElementKind.APPLICATION
                ? WatchedMoves.process(s, subjectId, WatchedMoves.processHome(s, subjectId), targetId)
                : WatchedMoves.vm(s, subjectId, targetId, method);
    }

    /** Edit › Watch Migration…: the selected VM to its fastest host, or a selected SSI application's process. */
    void watchSelected() {
        String id = window.editor().selection().single();
        Scenario s = window.editor().scenario();
        ElementKind kind = id == null ? null : s.kindOf(id).orElse(null);
        if (kind == ElementKind.VM) {
            window.migrations().targets(id).stream().filter(MovePreview::runs).findFirst().ifPresentOrElse(
                    p -> open(id, p.to()), () -> canvas.messageProperty().set("No host can take " + canvas.nameOf(id)));
        } else if (kind == ElementKind.APPLICATION && !WatchedMoves.processTargets(s, id).isEmpty()) {
            open(id, WatchedMoves.processTargets(s, id).get(0));
        } else {
            canvas.messageProperty().set("Select one VM, or an application on an SSI domain, to watch it migrate");
        }
    }

    /** "Watch Migration to" with one item per target (other hosts for a VM, other members for a process), or null. */
    Menu menuFor(String id) {
        Scenario s = window.editor().scenario();
        ElementKind kind = s.kindOf(id).orElse(null);
        Menu menu = new Menu(AppAction.WATCH_MIGRATION.label().replace("…", "") + " to");
        menu.setId("menu-watch-migration");
        if (kind == ElementKind.VM) {
            for (MovePreview p : window.migrations().targets(id)) {
                MenuItem item = new MenuItem(canvas.nameOf(p.to()) + (p.runs() ? "" : " (" + p.refusal() + ")"));
                item.setDisable(!p.runs());
                item.setOnAction(e -> open(id, p.to()));
                menu.getItems().add(item);
            }
        } else if (kind == ElementKind.APPLICATION) {
            List<String> members = WatchedMoves.processTargets(s, id);
            for (String m : members) {
                MenuItem item = new MenuItem("process from " + canvas.nameOf(WatchedMoves.processHome(s, id)) + " to "
                        + canvas.nameOf(m));
                item.setOnAction(e -> open(id, m));
                menu.getItems().add(item);
            }
        }
        return menu.getItems().isEmpty() ? null : menu;
    }

    /** The view last opened, or null. */
    MigrationAnimationView view() {
        return view;
    }

    Stage stage() {
        return stage;
    }

    private MigrationAnimationView show(WatchedMove move) {
        view = new MigrationAnimationView(new MigrationAnimationModel(MigrationScript.of(move)));
        view.themeProperty().bind(canvas.themeProperty());
        MigrationAnimationView shown = view;
        view.exportButton().setOnAction(e -> exportPng(shown));
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(window.root().getScene().getWindow());
            stage.setOnHidden(e -> {
                if (view != null) {
                    view.model().playingProperty().set(false);
                }
            });
        }
        BorderPane shell = new BorderPane(view);
        shell.setTop(changed);
        Scene scene = new Scene(shell, MigrationAnimationView.DEFAULT_WIDTH, MigrationAnimationView.DEFAULT_HEIGHT + 48);
        scene.getStylesheets().setAll(window.root().getScene().getStylesheets());
        stage.setScene(scene);
        stage.setTitle("Watch migration: " + move.subject() + " to " + move.to() + " (" + move.kind().label() + ")");
        stage.show();
        stage.toFront();
        return view;
    }

    private void exportPng(MigrationAnimationView shown) {
        FileChooser chooser = DocumentController.chooser("Export frame as PNG (2x)");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(window.documents().baseName() + "-migration-frame-"
                + (shown.model().frameProperty().get() + 1) + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            export(shown, file.toPath());
        }
    }

    /** Writes the frame shown at 2x. */
    void export(MigrationAnimationView shown, Path file) {
        try {
            PngExport.write(shown.render(2), file);
            canvas.messageProperty().set("Exported " + file.getFileName());
        } catch (IOException e) {
            window.documents().error("Cannot export " + file.getFileName(), e.getMessage());
        }
    }
}
