package org.clustercomposer.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import org.clustercomposer.views.canvas.CanvasTheme;

/** The two looks of the editor: AtlantaFX Primer light and dark, with matching canvas colors. */
public enum Theme {
    LIGHT("Primer Light"), DARK("Primer Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public CanvasTheme canvas() {
        return this == LIGHT ? CanvasTheme.LIGHT : CanvasTheme.DARK;
    }

    /** Installs the AtlantaFX stylesheet for the whole application. */
    public void install() {
        Application.setUserAgentStylesheet(this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
    }
}
