package org.clustercomposer.app.gui;

import static org.clustercomposer.app.gui.AppAction.*;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.layout.Alignment;

/**
 * Where each {@link AppAction} shows (which menu, the tool bar) and what it does. Labels, icons,
 * keys and tooltips come from the catalog; nothing about an action is typed here but its place.
 */
final class MainMenus {

    private final MainWindow window;
    private final ScenarioEditor editor;
    private final CanvasViewModel canvas;
    private final ActionControls actions;

    MainMenus(MainWindow window) {
        this.window = window;
        this.editor = window.editor();
        this.canvas = window.canvasModel();
        this.actions = new ActionControls(handlers(), Map.<AppAction, ObservableBooleanValue>of(
                UNDO, editor.stack().canUndoProperty(),
                REDO, editor.stack().canRedoProperty(),
                SIMULATE_CANCEL, window.simulation().runner().runningProperty()));
    }

    /** What each action does; toggles (layers, minimap) bind their state where they are placed. */
    private Map<AppAction, Runnable> handlers() {
        DocumentController docs = window.documents();
        DrawingExport export = new DrawingExport(window);
        Map<AppAction, Runnable> on = new EnumMap<>(AppAction.class);
        on.put(NEW, docs::newDocument);
        on.put(OPEN, docs::open);
        on.put(SAVE, docs::save);
        on.put(SAVE_AS, docs::saveAs);
        on.put(EXPORT_PNG, export::png);
        on.put(EXPORT_SVG, export::svg);
        LiveClusterDialogs live = new LiveClusterDialogs(window);
        on.put(EXPORT_CONFIGURATION, live::exportConfiguration);
        on.put(IMPORT_LIBVIRT, live::importFromLibvirt);
        on.put(PUSH, live::push);
        on.put(QUIT, this::quit);
        on.put(UNDO, editor::undo);
        on.put(REDO, editor::redo);
        on.put(REDO_ALTERNATIVE, editor::redo);
        on.put(CUT, () -> {
            editor.copySelection();
            editor.deleteSelection();
        });
        on.put(COPY, editor::copySelection);
        on.put(PASTE, editor::paste);
        on.put(DELETE, editor::deleteSelection);
        on.put(SELECT_ALL, window::selectAll);
        on.put(MIGRATE_TO, window.migrations()::migrateSelected);
        on.put(DRAIN, window.migrations()::drainSelected);
        on.put(WATCH_MIGRATION, window.migrationWatch()::watchSelected);
        on.put(ABOUT_DESIGN, () -> DesignInfoDialog.show(window));
        on.put(ALIGN_LEFT, () -> window.align(Alignment.LEFT));
        on.put(ALIGN_TOP, () -> window.align(Alignment.TOP));
        on.put(DISTRIBUTE_HORIZONTALLY, () -> window.align(Alignment.DISTRIBUTE_HORIZONTALLY));
        on.put(AUTO_LAYOUT, window::autoLayout);
        on.put(SSI_OVER_SELECTION, window::createSsiFromSelection);
        on.put(ZOOM_IN, () -> window.zoom(1.25));
        on.put(ZOOM_OUT, () -> window.zoom(0.8));
        on.put(FIT_TO_WINDOW, window::fitToWindow);
        on.put(STACK_VIEW, window::toggleStackView);
        SimulationController sim = window.simulation();
        on.put(SIMULATE_RUN, sim::run);
        on.put(SIMULATE_SETTINGS, sim::editSettings);
        on.put(SIMULATE_CANCEL, sim::cancel);
        on.put(PIN_RUN, sim::pin);
        on.put(COMPARE_RUNS, sim::compare);
        on.put(PLAYBACK_PLAY, sim::playPause);
        on.put(PLAYBACK_BACK, () -> sim.step(-1));
        on.put(PLAYBACK_FORWARD, () -> sim.step(1));
        on.put(PLAYBACK_END, sim::endPlayback);
        on.put(PRESENTATION_MODE, window.presentation()::toggle);
        on.put(OPEN_LESSON_FILE, window.lessons()::openFile);
        on.put(RECORD_LESSON, window.lessons()::record);
        on.put(KEYBOARD_SHORTCUTS, () -> window.documents().info("Keyboard shortcuts", Shortcuts.view()));
        return on;
    }

    /** The canvas's right-click menu: the same catalog actions as the Edit menu, for what was clicked. */
    ContextMenu contextMenuFor(ElementKind kind) {
        ContextMenu menu = new ContextMenu();
        menu.setId("canvas-context-menu");
        if (kind == ElementKind.VM) {
            menu.getItems().add(actions.item(MIGRATE_TO));
        } else if (kind == ElementKind.HOST) {
            menu.getItems().add(actions.item(DRAIN));
        }
        return menu;
    }

    /** The right-click menu of an element, with "Watch Migration to" (its targets are data) for a VM or SSI process. */
    ContextMenu contextMenuFor(String id) {
        ContextMenu menu = contextMenuFor(editor.scenario().kindOf(id).orElse(null));
        Menu watch = window.migrationWatch().menuFor(id);
        if (watch != null) {
            menu.getItems().add(watch);
        }
        return menu;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), arrangeMenu(), viewMenu(), simulateMenu(), clusterMenu(),
                HelpMenu.create(window, actions));
        bar.setId("menu-bar");
        return bar;
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                actions.tool(NEW), actions.tool(OPEN), actions.tool(SAVE),
                new Separator(Orientation.VERTICAL),
                actions.tool(UNDO), actions.tool(REDO),
                new Separator(Orientation.VERTICAL),
                actions.tool(DELETE), actions.tool(ALIGN_LEFT), actions.tool(AUTO_LAYOUT),
                new Separator(Orientation.VERTICAL),
                actions.tool(ZOOM_OUT), actions.tool(ZOOM_IN), actions.tool(FIT_TO_WINDOW),
                actions.tool(STACK_VIEW),
                new Separator(Orientation.VERTICAL),
                actions.tool(SIMULATE_RUN));
        bar.setId("tool-bar");
        return bar;
    }

    private Menu fileMenu() {
        Menu file = new Menu("File", null,
                actions.item(NEW), actions.item(OPEN), recentFilesMenu(),
                new SeparatorMenuItem(),
                actions.item(SAVE), actions.item(SAVE_AS),
                new SeparatorMenuItem(),
                actions.item(EXPORT_PNG), actions.item(EXPORT_SVG),
                new SeparatorMenuItem(),
                actions.item(EXPORT_CONFIGURATION), actions.item(IMPORT_LIBVIRT),
                new SeparatorMenuItem(),
                actions.item(QUIT));
        file.setId("menu-file");
        return file;
    }

    private Menu clusterMenu() {
        Menu cluster = new Menu("Cluster", null, actions.item(PUSH));
        cluster.setId("menu-cluster");
        return cluster;
    }

    private Menu editMenu() {
        MenuItem undo = actions.item(UNDO);
        undo.textProperty().bind(Bindings.concat(UNDO.label(), " ", editor.stack().undoDescriptionProperty()));
        MenuItem redo = actions.item(REDO);
        redo.textProperty().bind(Bindings.concat(REDO.label(), " ", editor.stack().redoDescriptionProperty()));
        MenuItem redoAlternative = actions.item(REDO_ALTERNATIVE);
        redoAlternative.setVisible(false);
        Menu edit = new Menu("Edit", null,
                undo, redo, redoAlternative,
                new SeparatorMenuItem(),
                actions.item(CUT), actions.item(COPY), actions.item(PASTE), actions.item(DELETE),
                new SeparatorMenuItem(),
                actions.item(SELECT_ALL),
                new SeparatorMenuItem(),
                actions.item(ABOUT_DESIGN),
                new SeparatorMenuItem(),
                actions.item(MIGRATE_TO), actions.item(DRAIN), actions.item(WATCH_MIGRATION));
        edit.setId("menu-edit");
        return edit;
    }

    private Menu arrangeMenu() {
        Menu arrange = new Menu("Arrange", null,
                actions.item(ALIGN_LEFT), actions.item(ALIGN_TOP), actions.item(DISTRIBUTE_HORIZONTALLY),
                new SeparatorMenuItem(),
                actions.item(AUTO_LAYOUT), actions.item(SSI_OVER_SELECTION));
        arrange.setId("menu-arrange");
        return arrange;
    }

    private Menu viewMenu() {
        CheckMenuItem stack = actions.toggle(STACK_VIEW);
        stack.selectedProperty().bindBidirectional(window.showingStackProperty());
        CheckMenuItem minimap = actions.toggle(MINIMAP);
        minimap.selectedProperty().bindBidirectional(window.canvas().minimap().visibleProperty());
        minimap.setOnAction(e -> window.minimapChosen());
        Menu view = new Menu("View", null,
                stack,
                new SeparatorMenuItem(),
                actions.item(ZOOM_IN), actions.item(ZOOM_OUT), actions.item(FIT_TO_WINDOW),
                new SeparatorMenuItem(),
                layersMenu(), minimap, themeMenu(),
                new SeparatorMenuItem(),
                presentation(), presentationScaleMenu());
        view.setId("menu-view");
        return view;
    }

    private Menu simulateMenu() {
        Menu simulate = new Menu("Simulate", null,
                actions.item(SIMULATE_RUN), actions.item(SIMULATE_SETTINGS), actions.item(SIMULATE_CANCEL),
                new SeparatorMenuItem(),
                actions.item(PIN_RUN), actions.item(COMPARE_RUNS),
                new SeparatorMenuItem(),
                actions.item(PLAYBACK_PLAY), actions.item(PLAYBACK_BACK), actions.item(PLAYBACK_FORWARD),
                actions.item(PLAYBACK_END));
        simulate.setId("menu-simulate");
        return simulate;
    }

    private Menu layersMenu() {
        List<CheckMenuItem> layers = List.of(actions.toggle(SHOW_HARDWARE), actions.toggle(SHOW_VMS),
                actions.toggle(SHOW_SSI_DOMAINS), actions.toggle(SHOW_APPLICATIONS));
        Runnable apply = () -> canvas.layersProperty().set(new LayerVisibility(layers.get(0).isSelected(),
                layers.get(1).isSelected(), layers.get(2).isSelected(), layers.get(3).isSelected()));
        for (CheckMenuItem layer : layers) {
            layer.setSelected(true);
            layer.selectedProperty().addListener(o -> apply.run());
        }
        Menu menu = new Menu("Layers");
        menu.setId("menu-layers");
        menu.getItems().addAll(layers);
        return menu;
    }

    private CheckMenuItem presentation() {
        CheckMenuItem item = actions.toggle(PRESENTATION_MODE);
        item.selectedProperty().bindBidirectional(window.presentation().onProperty());
        return item;
    }

    /** The presentation sizes are data (one item each), not actions. */
    private Menu presentationScaleMenu() {
        ToggleGroup sizes = new ToggleGroup();
        Menu menu = new Menu("Presentation Size");
        menu.setId("menu-presentation-size");
        for (int percent : PresentationMode.SCALES) {
            RadioMenuItem item = new RadioMenuItem(percent + " %");
            item.setToggleGroup(sizes);
            item.setSelected(percent == window.presentation().percentProperty().get());
            item.setOnAction(e -> window.presentation().percentProperty().set(percent));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The themes are data (one item each), not actions. */
    private Menu themeMenu() {
        ToggleGroup themes = new ToggleGroup();
        Menu menu = new Menu("Theme");
        menu.setId("menu-theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setToggleGroup(themes);
            item.setSelected(t == window.theme());
            item.setOnAction(e -> window.setTheme(t));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The recent files are data, listed afresh each time the menu opens. */
    private Menu recentFilesMenu() {
        DocumentController docs = window.documents();
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : docs.recent().files()) {
                MenuItem item = new MenuItem(p.toString());
                item.setOnAction(a -> {
                    if (docs.confirmDiscard()) {
                        docs.open(p);
                    }
                });
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("No recent files"));
        return recent;
    }

    private void quit() {
        Stage stage = (Stage) window.root().getScene().getWindow();
        if (window.documents().confirmDiscard()) {
            window.shutdown();
            stage.close();
        }
    }
}
