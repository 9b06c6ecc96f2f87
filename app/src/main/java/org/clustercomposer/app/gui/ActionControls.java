package org.clustercomposer.app.gui;

import java.util.EnumMap;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes menu items and tool bar buttons from {@link AppAction}s: label, icon, key and tooltip come
 * from the catalog, what the action does from the handlers. Each control keeps its action as user
 * data, so a test can check that it came from the catalog.
 */
final class ActionControls {

    private final Map<AppAction, Runnable> handlers;
    private final Map<AppAction, ObservableBooleanValue> enabled;

    /**
     * @param handlers what each action does (a toggle needs none: its caller binds its state)
     * @param enabled  when an action can run, for those that cannot always (Undo needs a step to undo)
     */
    ActionControls(Map<AppAction, Runnable> handlers, Map<AppAction, ObservableBooleanValue> enabled) {
        this.handlers = new EnumMap<>(handlers);
        this.enabled = new EnumMap<>(enabled);
    }

    /** A menu item that runs the action. */
    MenuItem item(AppAction action) {
        MenuItem item = new MenuItem(action.label(), icon(action));
        dress(item, action);
        Runnable handler = handler(action);
        item.setOnAction(e -> handler.run());
        return item;
    }

    /** A check menu item (unchecked) whose state the caller binds: a layer, the minimap. */
    CheckMenuItem toggle(AppAction action) {
        CheckMenuItem item = new CheckMenuItem(action.label(), icon(action));
        dress(item, action);
        return item;
    }

    /** An icon-only tool bar button, its help text and key as tooltip. */
    Button tool(AppAction action) {
        if (action.icon() == null) {
            throw new IllegalStateException(action + " has no icon for the tool bar");
        }
        Button button = new Button(null, icon(action));
        button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        button.setUserData(action);
        Tooltip tooltip = new Tooltip(action.tooltip());
        tooltip.setShowDelay(Duration.millis(400));
        button.setTooltip(tooltip);
        Runnable handler = handler(action);
        button.setOnAction(e -> handler.run());
        disableUnlessEnabled(button.disableProperty(), action);
        return button;
    }

    private void dress(MenuItem item, AppAction action) {
        item.setUserData(action);
        if (action.accelerator() != null) {
            item.setAccelerator(action.accelerator());
        }
        disableUnlessEnabled(item.disableProperty(), action);
    }

    private void disableUnlessEnabled(BooleanProperty disable, AppAction action) {
        ObservableBooleanValue when = enabled.get(action);
        if (when != null) {
            disable.bind(Bindings.not(when));
        }
    }

    private Runnable handler(AppAction action) {
        Runnable handler = handlers.get(action);
        if (handler == null) {
            throw new IllegalStateException(action + " has no handler: add one in MainMenus.handlers()");
        }
        return handler;
    }

    private static Node icon(AppAction action) {
        return action.icon() == null ? null : new FontIcon(action.icon());
    }
}
