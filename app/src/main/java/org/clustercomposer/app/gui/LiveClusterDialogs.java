package org.clustercomposer.app.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.clustercomposer.app.live.Connections;
import org.clustercomposer.app.live.LibvirtHost;
import org.clustercomposer.app.live.LiveHost;
import org.clustercomposer.app.live.LiveHostException;
import org.clustercomposer.app.live.LiveImport;
import org.clustercomposer.app.live.PushPlan;
import org.clustercomposer.app.live.PushPlanner;
import org.clustercomposer.app.live.PushRunner;
import org.clustercomposer.app.live.PushStep;
import org.clustercomposer.app.live.SshHosts;
import org.clustercomposer.export.ExportRefusedException;
import org.clustercomposer.export.ExportTarget;
import org.clustercomposer.export.ExportWriter;
import org.clustercomposer.export.Exports;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.export.LibvirtDomains;

import atlantafx.base.theme.Styles;

/**
 * File › Export Configuration…, File › Import from libvirt… and Cluster › Push…: the command
 * line's export, import and push with a dialog each. Live I/O runs on a background thread; the
 * dialogs show its progress and can cancel the import. Each dialog's content is built by a method
 * the tests can call without showing a window.
 */
final class LiveClusterDialogs {

    private final MainWindow window;

    LiveClusterDialogs(MainWindow window) {
        this.window = window;
    }

    private Window owner() {
        return window.root().getScene().getWindow();
    }

    // ---- export ----

    void exportConfiguration() {
        ExportForm form = new ExportForm(window.editor().scenario());
        Dialog<ButtonType> dialog = dialog("Export configuration", form.root);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Export");
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            String result = form.export();
            window.canvasModel().messageProperty().set(result);
        });
    }

    /** Format and directory; {@link #export()} writes and says what it did or why not. */
    static final class ExportForm {
        final VBox root;
        final ChoiceBox<ExportTarget> format = new ChoiceBox<>();
        final TextField directory = new TextField();
        final Label result = new Label();
        private final Scenario scenario;

        ExportForm(Scenario scenario) {
            this.scenario = scenario;
            format.getItems().setAll(ExportTarget.values());
            format.setValue(ExportTarget.LIBVIRT);
            format.setId("export-format");
            directory.setId("export-directory");
            directory.setPromptText("directory to write into");
            Button browse = new Button("Browse…");
            browse.setOnAction(e -> {
                File dir = new DirectoryChooser().showDialog(browse.getScene().getWindow());
                if (dir != null) {
                    directory.setText(dir.getPath());
                }
            });
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.addRow(0, new Label("Format"), format);
            HBox dirRow = new HBox(6, directory, browse);
            HBox.setHgrow(directory, Priority.ALWAYS);
            grid.addRow(1, new Label("Directory"), dirRow);
            result.setWrapText(true);
            result.setId("export-result");
            root = new VBox(10, grid, result);
            root.setPrefWidth(520);
        }

        String export() {
            if (directory.getText().isBlank()) {
                return show("Choose a directory to export into", true);
            }
            try {
                List<Path> written = ExportWriter.write(Exports.export(scenario, format.getValue()),
                        Path.of(directory.getText()));
                return show("Exported " + written.size() + " " + format.getValue().cliName() + " file"
                        + (written.size() == 1 ? "" : "s") + " to " + directory.getText(), false);
            } catch (ExportRefusedException e) {
                return show("Cannot export: " + String.join("; ", e.problems().stream().map(p -> p.describe()).toList()),
                        true);
            } catch (IOException | RuntimeException e) {
                return show("Cannot write " + directory.getText() + ": " + e.getMessage(), true);
            }
        }

        private String show(String text, boolean bad) {
            result.setText(text);
            result.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            result.getStyleClass().add(bad ? Styles.DANGER : Styles.SUCCESS);
            return text;
        }
    }

    // ---- import ----

    void importFromLibvirt() {
        ImportForm form = new ImportForm(scenario -> {
            if (window.documents().confirmDiscard()) {
                window.documents().openUnsaved(scenario);
            }
        });
        Dialog<ButtonType> dialog = dialog("Import from libvirt", form.root);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setOnCloseRequest(e -> form.cancel());
        form.onDone = dialog::close;
        dialog.showAndWait();
    }

    /** URIs, progress and Cancel; the imported scenario goes to {@code open}. */
    static final class ImportForm {
        final VBox root;
        final TextArea uris = new TextArea();
        final ProgressBar progress = new ProgressBar(0);
        final Label status = new Label("One URI a line: qemu:///system, qemu+ssh://root@host/system, ssh://user@host");
        final Button start = new Button("Import");
        final Button cancel = new Button("Cancel");
        private final java.util.function.Consumer<Scenario> open;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        Runnable onDone = () -> { };
        Task<LiveImport.Result> running;

        ImportForm(java.util.function.Consumer<Scenario> open) {
            this.open = open;
            uris.setId("import-uris");
            uris.setPrefRowCount(4);
            start.setId("import-start");
            cancel.setId("import-cancel");
            status.setId("import-status");
            status.setWrapText(true);
            progress.setMaxWidth(Double.MAX_VALUE);
            cancel.setDisable(true);
            start.setDefaultButton(true);
            start.setOnAction(e -> run());
            cancel.setOnAction(e -> cancel());
            root = new VBox(8, new Label("libvirt URIs"), uris, progress, status, new HBox(8, start, cancel));
            root.setPadding(new Insets(4));
            root.setPrefWidth(560);
        }

        void run() {
            List<String> list = uris.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (list.isEmpty()) {
                status.setText("Type at least one URI");
                return;
            }
            cancelled.set(false);
            start.setDisable(true);
            cancel.setDisable(false);
            running = new Task<>() {
                @Override
                protected LiveImport.Result call() throws Exception {
                    return new LiveImport(2, SshHosts.forUser(List.of(), java.util.Set.of())).run(list,
                            (message, fraction) -> {
                                updateMessage(message);
                                updateProgress(fraction, 1);
                            }, cancelled::get);
                }
            };
            status.textProperty().bind(running.messageProperty());
            progress.progressProperty().bind(running.progressProperty());
            running.setOnSucceeded(e -> finish(running.getValue(), null));
            running.setOnFailed(e -> finish(null, running.getException()));
            Thread thread = new Thread(running, "import-from-libvirt");
            thread.setDaemon(true);
            thread.start();
        }

        void cancel() {
            cancelled.set(true);
        }

        private void finish(LiveImport.Result result, Throwable failure) {
            status.textProperty().unbind();
            progress.progressProperty().unbind();
            start.setDisable(false);
            cancel.setDisable(true);
            if (failure != null) {
                progress.setProgress(0);
                status.setText(failure instanceof InterruptedException ? "Cancelled: nothing imported"
                        : "Import failed: " + failure.getMessage());
                return;
            }
            List<String> lines = new ArrayList<>(result.failures());
            result.notes().forEach(n -> lines.add("note: " + n));
            if (result.scenario() == null) {
                status.setText("Nothing imported:\n" + String.join("\n", lines));
                return;
            }
            status.setText("Imported " + result.hosts().size() + " host(s), " + result.scenario().vms().size()
                    + " VM(s)" + (lines.isEmpty() ? "" : "\n" + String.join("\n", lines)));
            open.accept(result.scenario());
            if (result.complete()) {
                onDone.run();
            }
        }
    }

    // ---- push ----

    void push() {
        PushForm form = new PushForm(window.editor().scenario(), this::confirm);
        Dialog<ButtonType> dialog = dialog("Push to live hosts", form.root);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setOnHidden(e -> form.close());
        dialog.showAndWait();
    }

    private boolean confirm(PushPlan plan) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Apply these " + plan.steps().size()
                + " steps to the live hosts? A failure rolls back the steps already done.", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner());
        alert.setHeaderText("Push the design");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Hosts to URIs, the plan as a diff, Apply with progress and the log. */
    static final class PushForm {
        final VBox root;
        final TextArea targets = new TextArea();
        final ListView<String> diff = new ListView<>();
        final TextArea log = new TextArea();
        final ProgressBar progress = new ProgressBar(0);
        final Label status = new Label();
        final Button compare = new Button("Compare");
        final Button apply = new Button("Apply…");
        private final Scenario design;
        private final java.util.function.Predicate<PushPlan> confirm;
        private final Map<String, LibvirtHost> open = new LinkedHashMap<>();
        private final Map<String, String> ssh = new LinkedHashMap<>();
        private final SshHosts sshHosts = SshHosts.forUser(List.of(), java.util.Set.of());
        PushPlan plan;

        PushForm(Scenario design, java.util.function.Predicate<PushPlan> confirm) {
            this.design = design;
            this.confirm = confirm;
            targets.setId("push-targets");
            diff.setId("push-diff");
            log.setId("push-log");
            compare.setId("push-compare");
            apply.setId("push-apply");
            status.setId("push-status");
            status.setWrapText(true);
            targets.setPrefRowCount(3);
            targets.setText(String.join("\n", design.hosts().stream().map(h -> h.id() + "=").toList()));
            diff.setPrefHeight(220);
            diff.setCellFactory(v -> new DiffCell());
            log.setEditable(false);
            log.setPrefRowCount(6);
            progress.setMaxWidth(Double.MAX_VALUE);
            apply.setDisable(true);
            compare.setOnAction(e -> compare());
            apply.setOnAction(e -> apply());
            root = new VBox(8, new Label("Hosts: one ID=URI a line"), targets, new HBox(8, compare, apply), status,
                    new Label("Changes"), diff, progress, new Label("Log"), log);
            root.setPrefWidth(640);
        }

        void compare() {
            close();
            apply.setDisable(true);
            Map<String, String> pairs = new LinkedHashMap<>();
            for (String line : targets.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
                int eq = line.indexOf('=');
                if (eq <= 0 || eq == line.length() - 1 || design.element(line.substring(0, eq)).isEmpty()) {
                    if (eq > 0 && eq == line.length() - 1) {
                        continue; // a host left without a URI is not pushed
                    }
                    status.setText("Not an ID=URI line for this design: " + line);
                    return;
                }
                pairs.put(line.substring(0, eq), line.substring(eq + 1));
            }
            status.setText("Reading the live hosts…");
            Task<PushPlan> task = new Task<>() {
                @Override
                protected PushPlan call() throws Exception {
                    Map<String, LiveHost> live = new LinkedHashMap<>();
                    for (Map.Entry<String, String> e : pairs.entrySet()) {
                        if (SshHosts.isSshUri(e.getValue())) {
                            ssh.put(e.getKey(), e.getValue());
                        } else {
                            LibvirtHost host = LibvirtHost.open(e.getValue());
                            open.put(e.getKey(), host);
                            live.put(e.getKey(), host.read(0, () -> false));
                        }
                    }
                    return new PushPlanner(new LibvirtDomains.Interface("network", "default"))
                            .plan(design, live, ssh, sshHosts);
                }
            };
            task.setOnSucceeded(e -> show(task.getValue()));
            task.setOnFailed(e -> status.setText(task.getException() instanceof LiveHostException ? task.getException()
                    .getMessage() : "Cannot compare: " + task.getException()));
            background(task, "push-compare");
        }

        private void show(PushPlan p) {
            plan = p;
            List<String> rows = new ArrayList<>();
            p.steps().forEach(s -> rows.add(symbol(s) + " " + s.describe()));
            p.leftAlone().forEach(l -> rows.add("= " + l));
            p.problems().forEach(l -> rows.add("! " + l));
            diff.getItems().setAll(rows);
            apply.setDisable(!p.canApply() || p.changesNothing());
            status.setText(!p.canApply() ? "The live hosts cannot hold this design: nothing can be pushed"
                    : p.changesNothing() ? "The live hosts already match the design"
                    : p.steps().size() + " changes");
        }

        static String symbol(PushStep step) {
            if (step instanceof PushStep.Define) {
                return "+";
            } else if (step instanceof PushStep.Change) {
                return "~";
            } else if (step instanceof PushStep.Start) {
                return "▶";
            } else if (step instanceof PushStep.Stop) {
                return "■";
            } else if (step instanceof PushStep.WriteFile) {
                return "✎";
            }
            return "→";
        }

        void apply() {
            if (plan == null || !confirm.test(plan)) {
                return;
            }
            apply.setDisable(true);
            compare.setDisable(true);
            log.clear();
            PushPlan toRun = plan;
            Task<PushRunner.Outcome> task = new Task<>() {
                @Override
                protected PushRunner.Outcome call() {
                    return PushRunner.run(toRun, new Connections(open, ssh, sshHosts), (line, fraction) -> {
                        updateProgress(fraction, 1);
                        Platform.runLater(() -> log.appendText(line + "\n"));
                    });
                }
            };
            progress.progressProperty().bind(task.progressProperty());
            task.setOnSucceeded(e -> {
                progress.progressProperty().unbind();
                compare.setDisable(false);
                PushRunner.Outcome o = task.getValue();
                status.setText(o.succeeded() ? "Pushed: " + o.stepsDone() + " steps"
                        : o.rollbackFailures().isEmpty() ? "Failed (" + o.failure() + "); rolled back: the live hosts are"
                        + " as they were" : "Failed and the rollback is INCOMPLETE: see the log");
                status.getStyleClass().add(o.succeeded() ? Styles.SUCCESS : Styles.DANGER);
            });
            task.setOnFailed(e -> {
                progress.progressProperty().unbind();
                compare.setDisable(false);
                status.setText("Push failed: " + task.getException().getMessage());
            });
            background(task, "push-apply");
        }

        void close() {
            open.values().forEach(LibvirtHost::close);
            open.clear();
            ssh.clear();
        }

        private static final class DiffCell extends ListCell<String> {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.ACCENT);
                setText(empty ? null : item);
                if (!empty && item != null) {
                    String style = switch (item.charAt(0)) {
                        case '+' -> Styles.SUCCESS;
                        case '!' -> Styles.DANGER;
                        case '=' -> null;
                        case '~', '■' -> Styles.WARNING;
                        default -> Styles.ACCENT;
                    };
                    if (style != null) {
                        getStyleClass().add(style);
                    }
                }
            }
        }
    }

    private static void background(Task<?> task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private Dialog<ButtonType> dialog(String title, javafx.scene.Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle("Cluster Composer");
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        return dialog;
    }
}
