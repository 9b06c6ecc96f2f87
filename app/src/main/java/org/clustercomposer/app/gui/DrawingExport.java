package org.clustercomposer.app.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;

import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.export.PngExport;
import org.clustercomposer.views.export.SvgExport;

/** File › Export PNG… and Export SVG…: the drawing as it shows, with its loads, layers and theme. */
final class DrawingExport {

    /** Writes the drawing to a file. */
    @FunctionalInterface
    private interface Writer {
        void write(Path file) throws IOException;
    }

    private final MainWindow window;
    private final CanvasViewModel canvas;

    DrawingExport(MainWindow window) {
        this.window = window;
        this.canvas = window.canvasModel();
    }

    /** The scales offered: the picture at 1, 2 or 4 pixels per canvas unit. */
    static final List<String> SCALES = List.of("1x", "2x", "4x");

    void png() {
        double scale = askScale("Export PNG");
        if (scale > 0) {
            export("Export PNG", "png", new FileChooser.ExtensionFilter("PNG image", "*.png"), file -> PngExport.write(png(scale), file));
        }
    }

    void svg() {
        double scale = askScale("Export SVG");
        if (scale > 0) {
            export("Export SVG", "svg", new FileChooser.ExtensionFilter("SVG drawing", "*.svg"), file -> SvgExport.write(file, svg(scale)));
        }
    }

    /** The view that shows (topology or stack) as a PNG at a scale. */
    WritableImage png(double scale) {
        return window.showingStackProperty().get()
                ? PngExport.render(window.stackView().model().geometry(), canvas.loadsProperty().get(),
                        canvas.layersProperty().get(), canvas.themeProperty().get(), scale)
                : PngExport.render(canvas.geometry(), canvas.loadsProperty().get(), canvas.layersProperty().get(),
                        canvas.themeProperty().get(), scale);
    }

    /** The view that shows as SVG, its size multiplied by the scale. */
    String svg(double scale) {
        return window.showingStackProperty().get()
                ? SvgExport.toSvg(window.stackView().model().geometry(), canvas.loadsProperty().get(),
                        canvas.layersProperty().get(), canvas.themeProperty().get(), scale)
                : SvgExport.toSvg(canvas.geometry(), canvas.loadsProperty().get(), canvas.layersProperty().get(),
                        canvas.themeProperty().get(), scale);
    }

    /** 1, 2 or 4; 0 when cancelled. */
    private double askScale(String title) {
        ChoiceDialog<String> ask = new ChoiceDialog<>(SCALES.get(0), SCALES);
        ask.setTitle(title);
        ask.setHeaderText("Scale of the picture (2x and 4x for print and high-density screens)");
        ask.initOwner(window.root().getScene().getWindow());
        return ask.showAndWait().map(s -> Double.parseDouble(s.replace("x", ""))).orElse(0.0);
    }

    /** The dialog, proposing the document's name with the export's extension ("design.png"). */
    FileChooser chooser(String title, String extension, FileChooser.ExtensionFilter type) {
        FileChooser chooser = DocumentController.chooser(title);
        chooser.getExtensionFilters().setAll(type);
        chooser.setInitialFileName(window.documents().baseName() + "." + extension);
        return chooser;
    }

    private void export(String title, String extension, FileChooser.ExtensionFilter type, Writer writer) {
        FileChooser chooser = chooser(title, extension, type);
        File file = chooser.showSaveDialog(window.root().getScene().getWindow());
        if (file != null) {
            try {
                writer.write(file.toPath());
                canvas.messageProperty().set("Exported " + file.getName());
            } catch (IOException e) {
                window.documents().error("Cannot export " + file.getName(), e.getMessage());
            }
        }
    }
}
