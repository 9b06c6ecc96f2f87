package org.clustercomposer.views.palette;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.clustercomposer.scenario.ElementKind;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The palette: press an entry, drag it over the canvas and release. A plain press-drag-release
 * gesture rather than platform drag-and-drop, so it behaves the same on every platform and in
 * headless tests. A click without dragging adds the element next to the selection.
 */
public final class PaletteView extends VBox {

    /** Where a dragged entry was released, in scene coordinates. */
    @FunctionalInterface
    public interface DropHandler {
        boolean drop(ElementKind kind, double sceneX, double sceneY);
    }

    /** Where a dragged entry is now, in scene coordinates (for drop-target feedback); null when done. */
    @FunctionalInterface
    public interface HoverHandler {
        void hover(ElementKind kind, double sceneX, double sceneY);
    }

    /** A click on an entry without dragging. */
    @FunctionalInterface
    public interface ClickHandler {
        void clicked(ElementKind kind);
    }

    private static final double DRAG_THRESHOLD = 6;

    private final HoverHandler onHover;

    public PaletteView(DropHandler onDrop, ClickHandler onClick, HoverHandler onHover) {
        this.onHover = onHover;
        setId("palette");
        getStyleClass().add("palette");
        setSpacing(4);
        setPadding(new Insets(10, 8, 10, 8));
        setPrefWidth(150);
        setMinWidth(130);
        Label title = new Label("Palette");
        title.getStyleClass().addAll(Styles.TITLE_4, "palette-title");
        title.setPadding(new Insets(0, 0, 6, 4));
        getChildren().add(title);
        for (PaletteEntry entry : PaletteEntry.values()) {
            getChildren().add(button(entry, onDrop, onClick));
        }
    }

    private Button button(PaletteEntry entry, DropHandler onDrop, ClickHandler onClick) {
        FontIcon icon = new FontIcon(entry.icon());
        icon.setIconSize(18);
        Button b = new Button(entry.label(), icon);
        b.setId("palette-" + entry.name().toLowerCase());
        b.getStyleClass().addAll(Styles.FLAT, "palette-entry");
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setGraphicTextGap(10);
        Tooltip tip = new Tooltip(entry.hint());
        tip.setShowDelay(Duration.millis(400));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        b.setTooltip(tip);
        double[] start = new double[2];
        boolean[] dragging = {false};
        b.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            start[0] = e.getSceneX();
            start[1] = e.getSceneY();
            dragging[0] = false;
        });
        b.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.hypot(e.getSceneX() - start[0], e.getSceneY() - start[1]) > DRAG_THRESHOLD) {
                dragging[0] = true;
                b.setCursor(Cursor.CLOSED_HAND);
                onHover.hover(entry.kind(), e.getSceneX(), e.getSceneY());
            }
        });
        b.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            b.setCursor(Cursor.DEFAULT);
            if (dragging[0]) {
                dragging[0] = false;
                onHover.hover(null, 0, 0);
                onDrop.drop(entry.kind(), e.getSceneX(), e.getSceneY());
                b.disarm();
                e.consume();
            }
        });
        b.setOnAction(e -> onClick.clicked(entry.kind()));
        return b;
    }
}
