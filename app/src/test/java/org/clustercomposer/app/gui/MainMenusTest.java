package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The menus, the tool bar and the shortcuts help are built from the action catalog, and only from it. */
class MainMenusTest extends MainWindowTestBase {

    /** Submenus that list data (files, themes, samples), not actions. */
    private static final Set<String> DATA_MENUS = Set.of("menu-recent", "menu-theme", "menu-samples", "menu-lessons",
            "menu-presentation-size");

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void everyMenuItemIsACatalogActionWithItsLabelIconAndKey(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        EnumSet<AppAction> shown = EnumSet.noneOf(AppAction.class);
        for (Menu menu : bar.getMenus()) {
            checkItems(menu.getText(), menu.getItems(), shown);
        }
        Set<AppAction> inNoMenu = EnumSet.complementOf(shown);
        assertEquals(Set.of(), inNoMenu, "catalog actions that show in no menu");

        // For a person (and a diff against an earlier build) to read: target/screenshots/menus.txt.
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("menus.txt"), MenusAsText.of(bar, robot.lookup("#tool-bar").queryAs(ToolBar.class)));
    }

    private static void checkItems(String path, List<MenuItem> items, Set<AppAction> shown) {
        for (MenuItem item : items) {
            String where = path + " › " + item.getText();
            if (item instanceof SeparatorMenuItem || item instanceof Menu sub && DATA_MENUS.contains(String.valueOf(sub.getId()))) {
                continue;
            }
            if (item instanceof Menu sub) {
                checkItems(where, sub.getItems(), shown);
                continue;
            }
            if (!(item.getUserData() instanceof AppAction action)) {
                fail(where + " is not from the action catalog (AppAction)");
                return;
            }
            assertTrue(shown.add(action), where + ": " + action + " shows twice");
            // Undo and Redo add what they would undo to their label ("Undo Move 3 elements").
            assertTrue(item.getText().startsWith(action.label()), where + ": label of " + action);
            assertEquals(action.accelerator(), item.getAccelerator(), where + ": key of " + action);
            assertIcon(action, item.getGraphic(), where);
        }
    }

    @Test
    void everyToolBarButtonIsACatalogActionWithItsHelpAndKeyAsTooltip(FxRobot robot) {
        for (Node node : robot.lookup("#tool-bar").queryAs(ToolBar.class).getItems()) {
            if (node instanceof Button button) {
                AppAction action = assertInstanceOf(AppAction.class, button.getUserData(),
                        "a tool bar button not from the action catalog: " + button.getTooltip());
                assertEquals(action.tooltip(), button.getTooltip().getText());
                assertIcon(action, button.getGraphic(), "tool bar " + action);
            }
        }
    }

    @Test
    void noTwoActionsShareAKey() {
        Map<String, AppAction> byKey = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (AppAction action : AppAction.values()) {
            if (action.accelerator() != null) {
                // The key as pressed on this platform: Shortcut+Z and Ctrl+Z are one key on Linux.
                AppAction before = byKey.putIfAbsent(action.keyText(), action);
                if (before != null) {
                    clashes.add(action.keyText() + " is both " + before + " and " + action);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void theShortcutsHelpListsEveryKeyOfTheCatalog(FxRobot robot) {
        List<String> rows = new ArrayList<>();
        robot.interact(() -> Shortcuts.view().lookupAll(".label").forEach(n -> rows.add(((Label) n).getText())));
        for (AppAction action : AppAction.values()) {
            if (action.accelerator() != null) {
                int at = rows.indexOf(action.keyText());
                assertTrue(at >= 0 && rows.get(at + 1).equals(action.help()), action + " missing from the shortcuts help");
            }
        }
    }

    private static void assertIcon(AppAction action, Node graphic, String where) {
        if (action.icon() == null) {
            assertNull(graphic, where + ": no icon");
        } else {
            assertEquals(action.icon(), assertInstanceOf(FontIcon.class, graphic, where).getIconCode(), where + ": icon");
        }
    }
}
