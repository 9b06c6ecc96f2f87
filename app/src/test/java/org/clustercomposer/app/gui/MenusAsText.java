package org.clustercomposer.app.gui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;

import org.kordamp.ikonli.javafx.FontIcon;

/** The menus and the tool bar as text, one item a line, for a person (and a diff) to read. */
final class MenusAsText {

    private MenusAsText() {
    }

    static List<String> of(MenuBar bar, ToolBar tools) {
        List<String> lines = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            lines.add(menu.getText());
            items(menu.getItems(), "  ", lines);
        }
        lines.add("Tool bar");
        for (Node n : tools.getItems()) {
            lines.add(n instanceof Button b ? "  [" + icon(b.getGraphic()) + "] " + b.getTooltip().getText() : "  ---");
        }
        return lines;
    }

    private static void items(List<MenuItem> items, String indent, List<String> lines) {
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem) {
                lines.add(indent + "---");
                continue;
            }
            StringBuilder line = new StringBuilder(indent).append(item.getText());
            if (item instanceof Menu) {
                line.append(" >");
            }
            if (item instanceof CheckMenuItem) {
                line.append(" (check)");
            }
            if (item.getAccelerator() != null) {
                line.append("  ").append(item.getAccelerator().getDisplayText());
            }
            if (item.getGraphic() != null) {
                line.append("  [").append(icon(item.getGraphic())).append("]");
            }
            if (!item.isVisible()) {
                line.append("  (hidden)");
            }
            lines.add(line.toString());
            if (item instanceof Menu sub) {
                items(sub.getItems(), indent + "  ", lines);
            }
        }
    }

    private static String icon(Node graphic) {
        return graphic instanceof FontIcon f ? f.getIconLiteral() : String.valueOf(graphic);
    }
}
