package org.clustercomposer.app.gui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Dimension2D;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.IncrementalValidation;
import org.clustercomposer.views.canvas.CanvasView;
import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.NodePositions;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Shapes;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.layout.Alignment;
import org.clustercomposer.views.palette.PaletteView;
import org.clustercomposer.views.prediction.Prediction;
import org.clustercomposer.views.prediction.PredictionService;
import org.clustercomposer.views.problems.ProblemsView;
import org.clustercomposer.views.problems.ProblemsViewModel;
import org.clustercomposer.views.properties.PropertiesView;
import org.clustercomposer.views.properties.PropertiesViewModel;
import org.clustercomposer.views.stack.StackView;
import org.clustercomposer.views.stack.StackViewModel;
import org.clustercomposer.views.stack.TextMeasure;

/**
 * The main window: palette, canvas with its minimap, property sheet, problems panel and status
 * bar around one {@link ScenarioEditor}. Every panel changes the design through that editor.
 */
public final class MainWindow {

    private final ScenarioEditor editor = new ScenarioEditor(Scenario.empty("Untitled"));
    private final CanvasViewModel canvasModel = new CanvasViewModel(editor);
    private final CanvasView canvas = new CanvasView(canvasModel);
    private final StackViewModel stackModel = new StackViewModel(canvasModel, TextMeasure.fx());
    private final StackView stackView = new StackView(stackModel);
    /** Whether the stack view shows instead of the topology canvas (F6). */
    private final BooleanProperty showingStack = new SimpleBooleanProperty(this, "showingStack", false);
    private final PropertiesViewModel propertiesModel = new PropertiesViewModel(editor);
    private final IncrementalValidation validation = Engines.validation();
    private final ProblemsViewModel problemsModel = new ProblemsViewModel(editor, Engines.validator(validation),
            Engines.background("validation"), Platform::runLater);
    private final StatusBar statusBar = new StatusBar(canvasModel);
    private final AppHome home;
    private final Autosave autosave;
    private final DocumentController documents;
    private final Migrations migrations;
    private final MigrationWatch migrationWatch;
    private final PredictionService predictions;
    private final BorderPane root = new BorderPane();
    private final SimulationController simulation;
    private final LessonController lessons;
    private final PresentationMode presentation;
    private final PaletteView palette;
    private final PropertiesView propertiesView;
    private ToolBar toolBar;
    private final SplitPane centre;
    private Theme theme = Theme.LIGHT;
    private boolean minimapChosen;
    /** The scenario last handed to the predictor. */
    private Scenario predicted;

    public MainWindow(AppHome home) {
        this.home = home;
        this.autosave = new Autosave(home.recoveryFile(), editor.stack());
        this.documents = new DocumentController(editor, new RecentFiles(home.recentFilesList()), autosave);
        this.predictions = new PredictionService(Engines.predictor(validation), Platform::runLater);
        this.migrations = new Migrations(this);
        this.migrationWatch = new MigrationWatch(this);
        // Profiles a design's hypervisors name are files beside it: re-read them when the document's file changes.
        documents.fileProperty().addListener((o, was, now) -> canvasModel.setMigrationProfiles(
                MigrationProfiles.beside(now)));
        documents.setAfterOpen(() -> {
            // Messages were about the document just closed ("Exported ….svg", "laid out again").
            canvasModel.messageProperty().set("");
            relayoutIfOverlapping();
            Platform.runLater(canvas::fitToWindow);
            // The stack geometry is built only while it shows (seconds at 1,000 hosts): F6 fits it then.
            if (showingStack.get()) {
                Platform.runLater(stackView::fitToWindow);
            }
        });

        palette = new PaletteView(canvas::dropAtScene, this::paletteClicked, canvas::previewDrop);
        ProblemsView problems = new ProblemsView(problemsModel, p -> revealSelection());
        simulation = new SimulationController(this);
        Tab problemsTab = new Tab("Problems", problems);
        Tab resultsTab = new Tab("Results", simulation.results());
        resultsTab.setId("results-tab");
        TabPane below = new TabPane(problemsTab, resultsTab);
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        stackView.visibleProperty().bind(showingStack);
        showingStack.addListener((o, was, now) -> {
            statusBar.zoomOf(now ? stackModel.viewportProperty() : canvasModel.viewportProperty());
            if (now) {
                Platform.runLater(stackView::fitToWindow);
            }
        });
        canvas.visibleProperty().bind(showingStack.not());
        centre = new SplitPane(new StackPane(canvas, stackView), below);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(below, false);
        simulation.setOnShowResults(() -> {
            below.getSelectionModel().select(resultsTab);
            if (centre.getDividerPositions()[0] > 0.6) {
                centre.setDividerPositions(0.55);
            }
        });
        lessons = new LessonController(this);
        lessons.setMigrationAnimation((vm, to) -> migrationWatch.open(vm, to));
        presentation = new PresentationMode(this);
        propertiesView = new PropertiesView(propertiesModel);
        propertiesModel.waitWhile(Bindings.createBooleanBinding(() -> !canvasModel.draggedProperty().get().isEmpty(),
                canvasModel.draggedProperty()));
        MainMenus menus = new MainMenus(this);
        canvas.setOnElementMenu((id, screenX, screenY) -> {
            ContextMenu menu = menus.contextMenuFor(id);
            if (!menu.getItems().isEmpty()) {
                menu.show(canvas, screenX, screenY);
            }
        });
        stackView.setOnElementMenu((id, screenX, screenY) -> {
            ContextMenu menu = menus.contextMenuFor(id);
            if (!menu.getItems().isEmpty()) {
                menu.show(stackView, screenX, screenY);
            }
        });
        MenuBar menuBar = menus.menuBar();
        lessons.setMenuBar(menuBar);
        toolBar = menus.toolBar();
        root.setTop(new VBox(menuBar, toolBar));
        root.setLeft(palette);
        root.setCenter(centre);
        root.setRight(new HBox(lessons.view(), lessons.recorderView(), propertiesView));
        root.setBottom(statusBar);
        statusBar.showOpening(documents.openingProperty(), documents::cancelOpening);
        root.getStyleClass().add("main-window");

        editor.stack().revisionProperty().addListener(o -> predict());
        editor.scenarioProperty().addListener(o -> showMinimapIfAutomatic());
        canvas.minimap().setVisible(false);
        predict();
    }

    /** Puts the window on a stage, as large as the primary screen leaves up to 1440 x 900. */
    public Scene show(Stage stage) {
        Dimension2D size = firstSize(Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                canvasModel.cancelGesture();
                stackModel.cancelGesture();
            }
        });
        documents.setOwner(stage);
        stage.titleProperty().bind(documents.title());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!documents.confirmDiscard()) {
                e.consume();
            } else {
                shutdown();
            }
        });
        autosave.start();
        return scene;
    }

    /**
     * The scene's first size on a screen whose usable area is {@code screen}: 1440 x 900, less where the screen is
     * smaller (a classroom projector at 1024 x 768, a 1366 x 768 laptop), leaving room for a title bar, so that the
     * menus and the status bar are on screen.
     */
    static Dimension2D firstSize(Rectangle2D screen) {
        return new Dimension2D(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight() - TITLE_BAR));
    }

    private static final double TITLE_BAR = 40;

    public void shutdown() {
        autosave.stop();
        if (!editor.stack().isDirty()) {
            autosave.discard();
        }
        predictions.close();
        simulation.close();
    }

    private void predict() {
        Scenario now = editor.scenario();
        if (now.sameExceptLayout(predicted)) {
            // A move or an alignment: loads do not depend on where boxes are drawn. Keeps drags smooth.
            return;
        }
        predicted = now;
        statusBar.setPrediction("Predicting…", null);
        predictions.request(editor.scenario(), editor.stack().revision(), this::showPrediction,
                failure -> {
                    // No stale loads stay drawn over a design that has none (rule problems or a failure).
                    canvasModel.loadsProperty().set(Map.of());
                    statusBar.setPrediction(failure.startsWith("not computed") ? "Predictions " + failure
                            : "Prediction failed: " + failure, Styles.DANGER);
                });
    }

    private void showPrediction(Prediction p) {
        simulation.canvasPlayback().predicted(p.loads());
        problemsModel.showLoads(p.loads());
        long overloads = p.overloadCount();
        statusBar.setPrediction(overloads == 0 ? String.format("Predicted in %.0f ms: no overload", p.millis())
                : String.format("Predicted in %.0f ms: %d overloaded", p.millis(), overloads),
                overloads == 0 ? Styles.SUCCESS : Styles.DANGER);
    }

    /** A palette click without a drag: put the element next to what is selected. */
    private void paletteClicked(ElementKind kind) {
        DiagramGeometry g = canvasModel.geometry();
        String selected = editor.selection().single();
        Rect anchor = selected == null ? null : g.boundsOf(selected).orElse(null);
        double x;
        double y;
        if (kind == ElementKind.VM || kind == ElementKind.APPLICATION || kind == ElementKind.SSI_DOMAIN
                || kind == ElementKind.LINK) {
            x = anchor == null ? 0 : anchor.centerX();
            y = anchor == null ? 0 : anchor.y() + Shapes.HOST_HEADER / 2;
        } else {
            Rect visible = canvasModel.viewportProperty().get().visibleWorld(canvas.canvas().getWidth(),
                    canvas.canvas().getHeight());
            x = anchor == null ? visible.centerX() : anchor.maxX() + Shapes.width(kind) / 2 + 30;
            y = anchor == null ? visible.centerY() : anchor.centerY();
        }
        canvasModel.drop(kind, x, y);
    }

    /**
     * Until the user turns the minimap on or off, it shows for designs of more than 30 nodes; after
     * that, their choice stays (also when another file is opened).
     */
    private void showMinimapIfAutomatic() {
        if (!minimapChosen) {
            Scenario s = editor.scenario();
            canvas.minimap().setVisible(s.hosts().size() + s.switches().size() + s.storages().size() > 30);
        }
    }

    /** View › Minimap was used: keep the user's choice from now on. */
    void minimapChosen() {
        minimapChosen = true;
    }

    /** F6: the stack view instead of the topology, or back; the selection stays. */
    void toggleStackView() {
        showingStack.set(!showingStack.get());
    }

    BooleanProperty showingStackProperty() {
        return showingStack;
    }

    /** Zooms the view that shows. */
    void zoom(double factor) {
        if (showingStack.get()) {
            stackView.zoom(factor);
        } else {
            canvas.zoom(factor);
        }
    }

    void fitToWindow() {
        if (showingStack.get()) {
            stackView.fitToWindow();
        } else {
            canvas.fitToWindow();
        }
    }

    void revealSelection() {
        canvasModel.reveal(editor.selection().ids(), canvas.canvas().getWidth(), canvas.canvas().getHeight());
    }

    void align(Alignment alignment) {
        Map<String, Position> selected = new LinkedHashMap<>();
        canvasModel.geometry().nodes().values().stream().filter(b -> editor.selection().ids().contains(b.id()))
                .forEach(b -> selected.put(b.id(), new Position(b.rect().x(), b.rect().y())));
        if (selected.size() >= 2) {
            editor.setPositions("Align " + selected.size() + " elements", alignment.apply(selected));
        } else {
            canvasModel.messageProperty().set("Select two or more hosts, switches or storages to align");
        }
    }

    void autoLayout() {
        editor.setPositions("Auto-layout", NodePositions.treeLayout(editor.scenario()));
        Platform.runLater(canvas::fitToWindow);
    }

    /**
     * A file laid out for other box sizes (or generated with tight rows) would draw hosts on top
     * of each other: lay it out again, as an undoable step, and say so.
     */
    private void relayoutIfOverlapping() {
        if (canvasModel.geometry().nodesOverlap()) {
            editor.setPositions("Auto-layout (boxes overlapped)", NodePositions.treeLayout(editor.scenario()));
            canvasModel.messageProperty().set("The file's layout made boxes overlap: laid out again ("
                    + AppAction.UNDO.keyText() + " to undo)");
        }
    }

    void createSsiFromSelection() {
        canvasModel.drop(ElementKind.SSI_DOMAIN, 0, 0);
    }

    void selectAll() {
        editor.selection().set(editor.scenario().ids().toList());
    }

    void setTheme(Theme next) {
        theme = next;
        next.install();
        canvasModel.themeProperty().set(next.canvas());
    }

    Theme theme() {
        return theme;
    }

    LessonController lessons() {
        return lessons;
    }

    PresentationMode presentation() {
        return presentation;
    }

    /** The canvas above the problems and results. */
    SplitPane centreSplit() {
        return centre;
    }

    PropertiesViewModel propertiesModel() {
        return propertiesModel;
    }

    /** What presentation mode hides: the palette, the property sheet, the tool bar. */
    List<Node> sidePanels() {
        return List.of(palette, propertiesView, toolBar);
    }

    public ScenarioEditor editor() {
        return editor;
    }

    /** The window's one validation, shared by Problems, the predictor and F5. */
    IncrementalValidation validation() {
        return validation;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public StackView stackView() {
        return stackView;
    }

    public CanvasViewModel canvasModel() {
        return canvasModel;
    }

    /** Watch Migration: the animation of one move (a lesson step opens it with {@code open(subject, target)}). */
    MigrationWatch migrationWatch() {
        return migrationWatch;
    }

    Migrations migrations() {
        return migrations;
    }

    public DocumentController documents() {
        return documents;
    }

    Autosave autosave() {
        return autosave;
    }

    public AppHome home() {
        return home;
    }

    public BorderPane root() {
        return root;
    }

    SimulationController simulation() {
        return simulation;
    }

    StatusBar statusBar() {
        return statusBar;
    }
}
