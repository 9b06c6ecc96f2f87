package org.clustercomposer.app.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.views.editing.ScenarioEditor;

/**
 * New, Open, Save, Save As and the question before unsaved work is lost. Saves are atomic
 * (ScenarioFiles); a file that cannot be read is reported with every problem and its JSON path,
 * and the open document stays as it was.
 */
public final class DocumentController {

    private final ScenarioEditor editor;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<Task<Scenario>> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    private Window owner;
    private Runnable afterOpen = () -> { };

    public DocumentController(ScenarioEditor editor, RecentFiles recent, Autosave autosave) {
        this.editor = editor;
        this.recent = recent;
        this.autosave = autosave;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Runs after a document replaced the current one (fit the view, say). */
    public void setAfterOpen(Runnable afterOpen) {
        this.afterOpen = afterOpen;
    }

    /** "name.json * — Cluster Composer": the asterisk marks unsaved changes. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            return documentName() + (editor.stack().isDirty() ? " *" : "") + " — Cluster Composer";
        }, file, editor.stack().dirtyProperty(), editor.scenarioProperty());
    }

    /** The open file's name, or the design's name when it has no file yet: what the title shows. */
    String documentName() {
        return file.get() == null ? displayName(editor.scenario()) : file.get().getFileName().toString();
    }

    /** The document's name without ".json", to name what is saved or exported from it. */
    String baseName() {
        return documentName().replaceAll("\\.json$", "");
    }

    private static String displayName(Scenario s) {
        return s.name().isBlank() ? "Untitled" : s.name();
    }

    public void newDocument() {
        if (confirmDiscard()) {
            replace(Scenario.empty("Untitled"), null);
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open scenario");
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /**
     * Opens a file, read on a worker thread: the window stays live, the status bar shows how far the
     * read is and cancels it (a 30 MB design takes seconds). On failure it shows what is wrong and
     * keeps the current document; edits made while the file was read are asked about, not dropped.
     */
    public void open(Path path) {
        cancelOpening();
        Scenario before = editor.scenario();
        Task<Scenario> reading = new Task<>() {
            {
                updateMessage("Opening " + path.getFileName() + "…");
            }

            @Override
            protected Scenario call() throws ScenarioFileException {
                return ScenarioFiles.load(path, this::updateProgress);
            }
        };
        reading.setOnSucceeded(e -> {
            opening.set(null);
            if (editor.scenario() == before || confirmDiscard()) {
                replace(reading.getValue(), path);
                recent.add(path);
            }
        });
        reading.setOnFailed(e -> {
            opening.set(null);
            Throwable failure = reading.getException();
            error("Cannot open " + path.getFileName(), failure instanceof ScenarioFileException problems
                    ? problems.problems().stream().map(p -> p.describe()).collect(Collectors.joining("\n"))
                    : String.valueOf(failure));
        });
        reading.setOnCancelled(e -> opening.set(null));
        opening.set(reading);
        Thread worker = new Thread(reading, "opening " + path.getFileName());
        worker.setDaemon(true);
        worker.start();
    }

    /** The file being read by {@link #open(Path)}, or null. */
    public ReadOnlyObjectProperty<Task<Scenario>> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Stops reading the file being opened; the current document stays. */
    public void cancelOpening() {
        Task<Scenario> reading = opening.get();
        if (reading != null) {
            reading.cancel(true);
            opening.set(null);
        }
    }

    /** Opens a shipped sample: clean (nothing to lose yet) but without a file, so Save asks where. */
    public void openSample(Scenario scenario) {
        replace(scenario, null);
    }

    /** Opens recovered work: it has no file and is unsaved until the user saves it. */
    public void openUnsaved(Scenario scenario) {
        editor.reset(scenario);
        editor.stack().resetUnsaved(scenario);
        file.set(null);
        afterOpen.run();
    }

    public boolean save() {
        return file.get() == null ? saveAs() : saveTo(file.get());
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save scenario as");
        chooser.setInitialFileName(baseName() + ".json");
        File chosen = chooser.showSaveDialog(owner);
        return chosen != null && saveTo(chosen.toPath());
    }

    public boolean saveTo(Path path) {
        try {
            ScenarioFiles.save(editor.scenario(), path);
            editor.stack().markSaved();
            file.set(path);
            recent.add(path);
            autosave.discard();
            return true;
        } catch (IOException | RuntimeException e) {
            error("Cannot save " + path.getFileName(), e.getMessage());
            return false;
        }
    }

    /** The question before unsaved work is dropped, naming the open file (or the design without one). */
    String discardQuestion() {
        return "Save changes to " + documentName() + "?";
    }

    /** Asks before unsaved work is dropped. True when it is fine to go on. */
    public boolean confirmDiscard() {
        if (!editor.stack().isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText(discardQuestion());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() != save || save();
    }

    private void replace(Scenario scenario, Path path) {
        editor.reset(scenario);
        file.set(path);
        autosave.discard();
        afterOpen.run();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public RecentFiles recent() {
        return recent;
    }

    static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Cluster Composer scenario (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    void info(String header, Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.getDialogPane().setContent(content);
        alert.initOwner(owner);
        alert.setTitle("Cluster Composer");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(560);
        alert.showAndWait();
    }

    private static final int SHOWN_PROBLEMS = 12;

    /** The first {@code max} lines, and how many more there are. */
    static String firstLines(List<String> lines, int max) {
        if (lines.size() <= max) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, max)) + "\n... and " + (lines.size() - max) + " more (Show Details)";
    }

    void error(String header, String details) {
        String text = details == null ? "" : details;
        List<String> lines = text.lines().toList();
        // A broken file can have hundreds of problems: show the first few, the whole list on demand.
        Alert alert = new Alert(Alert.AlertType.ERROR, firstLines(lines, SHOWN_PROBLEMS), ButtonType.OK);
        if (lines.size() > SHOWN_PROBLEMS) {
            TextArea all = new TextArea(text);
            all.setEditable(false);
            all.setPrefRowCount(20);
            alert.getDialogPane().setExpandableContent(all);
        }
        alert.initOwner(owner);
        alert.setTitle("Cluster Composer");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
