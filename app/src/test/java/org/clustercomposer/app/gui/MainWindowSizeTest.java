package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

/** The main window opens within the screen: menus and status bar reachable on a projector or a small laptop. */
class MainWindowSizeTest {

    @Test
    void aLargeScreenGetsTheFullWindow() {
        assertEquals(new Dimension2D(1440, 900), MainWindow.firstSize(new Rectangle2D(0, 0, 1920, 1040)));
    }

    @Test
    void aProjectorOrSmallLaptopGetsAWindowThatFitsWithItsTitleBar() {
        assertEquals(new Dimension2D(1024, 728), MainWindow.firstSize(new Rectangle2D(0, 0, 1024, 768)));
        assertEquals(new Dimension2D(1366, 688), MainWindow.firstSize(new Rectangle2D(0, 0, 1366, 728)));
    }
}
