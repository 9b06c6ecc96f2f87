package org.clustercomposer.app.gui;

import java.io.IOException;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.export.PngExport;
import org.clustercomposer.views.export.SvgExport;
import org.clustercomposer.views.layout.Alignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** Menus with their shortcuts, and the tool bar. */
final class MainMenus {

    private final MainWindow window;
    private final ScenarioEditor editor;
    private final CanvasViewModel canvas;

    MainMenus(MainWindow window) {
        this.window = window;
        this.editor = window.editor();
        this.canvas = window.canvasModel();
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), arrangeMenu(), viewMenu(), SampleMenu.create(window));
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        DocumentController docs = window.documents();
        Menu recent = new Menu("Open Recent");
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
        Menu file = new Menu("File", null,
                item("New", MaterialDesignF.FILE_OUTLINE, "Shortcut+N", docs::newDocument),
                item("Open…", MaterialDesignF.FOLDER_OPEN, "Shortcut+O", docs::open),
                recent,
                new SeparatorMenuItem(),
                item("Save", MaterialDesignC.CONTENT_SAVE, "Shortcut+S", docs::save),
                item("Save As…", MaterialDesignC.CONTENT_SAVE_EDIT, "Shortcut+Shift+S", docs::saveAs),
                new SeparatorMenuItem(),
                item("Export PNG…", MaterialDesignE.EXPORT, "Shortcut+E", this::exportPng),
                item("Export SVG…", MaterialDesignV.VECTOR_SELECTION, "Shortcut+Shift+E", this::exportSvg),
                new SeparatorMenuItem(),
                item("Quit", null, "Shortcut+Q", this::quit));
        file.setId("menu-file");
        return file;
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", MaterialDesignU.UNDO, "Shortcut+Z", editor::undo);
        undo.textProperty().bind(Bindings.concat("Undo ", editor.stack().undoDescriptionProperty()));
        undo.disableProperty().bind(editor.stack().canUndoProperty().not());
        MenuItem redo = item("Redo", MaterialDesignR.REDO, "Shortcut+Y", editor::redo);
        redo.textProperty().bind(Bindings.concat("Redo ", editor.stack().redoDescriptionProperty()));
        redo.disableProperty().bind(editor.stack().canRedoProperty().not());
        MenuItem redoAlt = item("Redo (alternative)", null, "Shortcut+Shift+Z", editor::redo);
        redoAlt.setVisible(false);
        Menu edit = new Menu("Edit", null, undo, redo, redoAlt, new SeparatorMenuItem(),
                item("Cut", MaterialDesignC.CONTENT_CUT, "Shortcut+X", () -> {
                    editor.copySelection();
                    editor.deleteSelection();
                }),
                item("Copy", MaterialDesignC.CONTENT_COPY, "Shortcut+C", editor::copySelection),
                item("Paste", MaterialDesignC.CONTENT_PASTE, "Shortcut+V", editor::paste),
                item("Delete", MaterialDesignD.DELETE, "Delete", editor::deleteSelection),
                new SeparatorMenuItem(),
                item("Select All", MaterialDesignS.SELECT_ALL, "Shortcut+A", window::selectAll));
        edit.setId("menu-edit");
        return edit;
    }

    private Menu arrangeMenu() {
        return new Menu("Arrange", null,
                item("Align Left", MaterialDesignA.ALIGN_HORIZONTAL_LEFT, "Shortcut+Shift+L", () -> window.align(Alignment.LEFT)),
                item("Align Top", MaterialDesignA.ALIGN_VERTICAL_TOP, "Shortcut+Shift+T", () -> window.align(Alignment.TOP)),
                item("Distribute Horizontally", null, "Shortcut+Shift+H",
                        () -> window.align(Alignment.DISTRIBUTE_HORIZONTALLY)),
                new SeparatorMenuItem(),
                item("Auto-Layout (tree from core switches)", MaterialDesignS.SITEMAP, "Shortcut+L", window::autoLayout),
                item("SSI Domain over Selection", MaterialDesignV.VECTOR_POLYGON, "Shortcut+G",
                        window::createSsiFromSelection));
    }

    private Menu viewMenu() {
        Menu layers = new Menu("Layers");
        CheckMenuItem hardware = layer("Hardware", "Shortcut+1");
        CheckMenuItem vms = layer("VMs", "Shortcut+2");
        CheckMenuItem ssi = layer("SSI Domains", "Shortcut+3");
        CheckMenuItem apps = layer("Applications", "Shortcut+4");
        Runnable apply = () -> canvas.layersProperty().set(new LayerVisibility(hardware.isSelected(), vms.isSelected(),
                ssi.isSelected(), apps.isSelected()));
        for (CheckMenuItem c : new CheckMenuItem[] {hardware, vms, ssi, apps}) {
            c.selectedProperty().addListener(o -> apply.run());
        }
        layers.getItems().addAll(hardware, vms, ssi, apps);
        ToggleGroup themes = new ToggleGroup();
        Menu themeMenu = new Menu("Theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setToggleGroup(themes);
            item.setSelected(t == window.theme());
            item.setOnAction(e -> window.setTheme(t));
            themeMenu.getItems().add(item);
        }
        CheckMenuItem minimap = new CheckMenuItem("Minimap");
        minimap.selectedProperty().bindBidirectional(window.canvas().minimap().visibleProperty());
        return new Menu("View", null,
                item("Zoom In", MaterialDesignM.MAGNIFY_PLUS, "Shortcut+EQUALS", () -> window.canvas().zoom(1.25)),
                item("Zoom Out", MaterialDesignM.MAGNIFY_MINUS, "Shortcut+MINUS", () -> window.canvas().zoom(0.8)),
                item("Fit to Window", MaterialDesignF.FIT_TO_PAGE, "Shortcut+0", window.canvas()::fitToWindow),
                new SeparatorMenuItem(), layers, minimap, themeMenu);
    }

    private static CheckMenuItem layer(String name, String accelerator) {
        CheckMenuItem item = new CheckMenuItem(name);
        item.setSelected(true);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        return item;
    }

    ToolBar toolBar() {
        DocumentController docs = window.documents();
        Button undo = tool(MaterialDesignU.UNDO, "Undo (Ctrl+Z)", editor::undo);
        undo.disableProperty().bind(editor.stack().canUndoProperty().not());
        Button redo = tool(MaterialDesignR.REDO, "Redo (Ctrl+Y)", editor::redo);
        redo.disableProperty().bind(editor.stack().canRedoProperty().not());
        ToolBar bar = new ToolBar(
                tool(MaterialDesignF.FILE_OUTLINE, "New (Ctrl+N)", docs::newDocument),
                tool(MaterialDesignF.FOLDER_OPEN, "Open a scenario file (Ctrl+O)", docs::open),
                tool(MaterialDesignC.CONTENT_SAVE, "Save (Ctrl+S)", docs::save),
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), undo, redo,
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL),
                tool(MaterialDesignD.DELETE, "Delete the selection (Del)", editor::deleteSelection),
                tool(MaterialDesignA.ALIGN_HORIZONTAL_LEFT, "Align the selected nodes on their left edge",
                        () -> window.align(Alignment.LEFT)),
                tool(MaterialDesignS.SITEMAP, "Auto-layout: core switches on top, hosts below (Ctrl+L)", window::autoLayout),
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL),
                tool(MaterialDesignM.MAGNIFY_MINUS, "Zoom out (Ctrl+-)", () -> window.canvas().zoom(0.8)),
                tool(MaterialDesignM.MAGNIFY_PLUS, "Zoom in (Ctrl+=)", () -> window.canvas().zoom(1.25)),
                tool(MaterialDesignF.FIT_TO_PAGE, "Fit the whole design in the window (Ctrl+0)", window.canvas()::fitToWindow));
        bar.setId("tool-bar");
        return bar;
    }

    private static MenuItem item(String text, Ikon icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button tool(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "button-icon");
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(javafx.util.Duration.millis(400));
        b.setTooltip(tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Writes the drawing to a file. */
    @FunctionalInterface
    private interface Export {
        void write(java.nio.file.Path file) throws IOException;
    }

    private void exportPng() {
        export("Export PNG", new FileChooser.ExtensionFilter("PNG image", "*.png"), file -> PngExport.write(
                PngExport.render(canvas.geometry(), canvas.loadsProperty().get(), canvas.layersProperty().get(),
                        canvas.themeProperty().get()), file));
    }

    private void exportSvg() {
        export("Export SVG", new FileChooser.ExtensionFilter("SVG drawing", "*.svg"), file -> SvgExport.write(file,
                SvgExport.toSvg(canvas.geometry(), canvas.loadsProperty().get(), canvas.layersProperty().get(),
                        canvas.themeProperty().get())));
    }

    private void export(String title, FileChooser.ExtensionFilter type, Export export) {
        FileChooser chooser = DocumentController.chooser(title);
        chooser.getExtensionFilters().setAll(type);
        var file = chooser.showSaveDialog(window.root().getScene().getWindow());
        if (file != null) {
            try {
                export.write(file.toPath());
                canvas.messageProperty().set("Exported " + file.getName());
            } catch (IOException e) {
                window.documents().error("Cannot export " + file.getName(), e.getMessage());
            }
        }
    }

    private void quit() {
        var stage = (javafx.stage.Stage) window.root().getScene().getWindow();
        if (window.documents().confirmDiscard()) {
            window.shutdown();
            stage.close();
        }
    }
}
