package org.clustercomposer.app.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

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

    void png() {
        export("Export PNG", "png", new FileChooser.ExtensionFilter("PNG image", "*.png"), file -> PngExport.write(
                PngExport.render(canvas.geometry(), canvas.loadsProperty().get(), canvas.layersProperty().get(),
                        canvas.themeProperty().get()), file));
    }

    void svg() {
        export("Export SVG", "svg", new FileChooser.ExtensionFilter("SVG drawing", "*.svg"), file -> SvgExport.write(file,
                SvgExport.toSvg(canvas.geometry(), canvas.loadsProperty().get(), canvas.layersProperty().get(),
                        canvas.themeProperty().get())));
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
