package org.clustercomposer.app.gui;

import javafx.scene.input.KeyCombination;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * Every action of the main window, typed once: its label, icon, key and help text. The menus, the
 * tool bar (the help text and key as tooltip) and the keyboard shortcuts help are built from here.
 * A new action is one line here, what it does in {@link MainMenus#handlers}, and its place in a menu
 * (see docs/decisions/0410-one-action-catalog.md). A null icon or key means none.
 */
enum AppAction {
    NEW("New", MaterialDesignF.FILE_OUTLINE, "Shortcut+N", "New"),
    OPEN("Open…", MaterialDesignF.FOLDER_OPEN, "Shortcut+O", "Open a scenario file"),
    SAVE("Save", MaterialDesignC.CONTENT_SAVE, "Shortcut+S", "Save"),
    SAVE_AS("Save As…", MaterialDesignC.CONTENT_SAVE_EDIT, "Shortcut+Shift+S", "Save under a new name"),
    EXPORT_PNG("Export PNG…", MaterialDesignE.EXPORT, "Shortcut+E", "Export the drawing as a PNG image"),
    EXPORT_SVG("Export SVG…", MaterialDesignV.VECTOR_SELECTION, "Shortcut+Shift+E", "Export the drawing as an SVG file"),
    EXPORT_CONFIGURATION("Export Configuration…", null, null,
            "Export the design as libvirt domains, an Ansible inventory, slurm.conf lines, Kerrighed or MOSIX files"),
    IMPORT_LIBVIRT("Import from libvirt…", null, null, "Read live hosts and their VMs into a new design"),
    QUIT("Quit", null, "Shortcut+Q", "Quit (asks first if there are unsaved changes)"),

    UNDO("Undo", MaterialDesignU.UNDO, "Shortcut+Z", "Undo"),
    REDO("Redo", MaterialDesignR.REDO, "Shortcut+Y", "Redo"),
    /** A second key for Redo, as many programs have it; its menu item is hidden. */
    REDO_ALTERNATIVE("Redo (alternative)", null, "Shortcut+Shift+Z", "Redo"),
    CUT("Cut", MaterialDesignC.CONTENT_CUT, "Shortcut+X", "Cut the selection"),
    COPY("Copy", MaterialDesignC.CONTENT_COPY, "Shortcut+C", "Copy the selection"),
    PASTE("Paste", MaterialDesignC.CONTENT_PASTE, "Shortcut+V", "Paste what was copied"),
    DELETE("Delete", MaterialDesignD.DELETE, "Delete", "Delete the selection"),
    ABOUT_DESIGN("About This Design…", MaterialDesignI.INFORMATION_OUTLINE, "Shortcut+I",
            "Show and edit the design's name and description"),
    SELECT_ALL("Select All", MaterialDesignS.SELECT_ALL, "Shortcut+A", "Select every element"),
    MIGRATE_TO("Migrate to…", MaterialDesignS.SWAP_HORIZONTAL, null,
            "Move the selected VM to another host, with each host's predicted migration cost"),
    DRAIN("Drain…", MaterialDesignT.TRAY_REMOVE, null,
            "Plan moving every VM off the selected host, as the command line's drain, and apply it in one step"),
    WATCH_MIGRATION("Watch Migration…", MaterialDesignP.PLAY_BOX_OUTLINE, null,
            "Animate the selected VM's migration (or an SSI process's): rounds, pages dirtied and re-sent, the pause"),

    ALIGN_LEFT("Align Left", MaterialDesignA.ALIGN_HORIZONTAL_LEFT, "Shortcut+Shift+L",
            "Align the selected nodes on their left edge"),
    ALIGN_TOP("Align Top", MaterialDesignA.ALIGN_VERTICAL_TOP, "Shortcut+Shift+T", "Align the selected nodes on their top edge"),
    DISTRIBUTE_HORIZONTALLY("Distribute Horizontally", null, "Shortcut+Shift+H",
            "Space the selected nodes evenly from left to right"),
    AUTO_LAYOUT("Auto-Layout (tree from core switches)", MaterialDesignS.SITEMAP, "Shortcut+L",
            "Auto-layout: core switches on top, hosts below"),
    SSI_OVER_SELECTION("SSI Domain over Selection", MaterialDesignV.VECTOR_POLYGON, "Shortcut+G",
            "Stretch an SSI domain over the selected hosts or VMs"),

    STACK_VIEW("Stack View", MaterialDesignL.LAYERS, "F6", "Switch between the topology and the stack view"),
    ZOOM_IN("Zoom In", MaterialDesignM.MAGNIFY_PLUS, "Shortcut+EQUALS", "Zoom in"),
    ZOOM_OUT("Zoom Out", MaterialDesignM.MAGNIFY_MINUS, "Shortcut+MINUS", "Zoom out"),
    FIT_TO_WINDOW("Fit to Window", MaterialDesignF.FIT_TO_PAGE, "Shortcut+0", "Fit the whole design in the window"),
    SHOW_HARDWARE("Hardware", null, "Shortcut+1", "Show or hide the hardware layer"),
    SHOW_VMS("VMs", null, "Shortcut+2", "Show or hide the VM layer"),
    SHOW_SSI_DOMAINS("SSI Domains", null, "Shortcut+3", "Show or hide the SSI layer"),
    SHOW_APPLICATIONS("Applications", null, "Shortcut+4", "Show or hide the application layer"),
    MINIMAP("Minimap", null, null, "Show or hide the minimap"),

    SIMULATE_RUN("Run", MaterialDesignP.PLAY_CIRCLE_OUTLINE, "F5",
            "Play the design over time with the event-driven engine"),
    SIMULATE_SETTINGS("Settings…", MaterialDesignT.TUNE, "Shift+F5",
            "Duration, step, seed, policy, failures, trace and maintenance of the next run"),
    SIMULATE_CANCEL("Cancel Run", MaterialDesignS.STOP, "Shortcut+Shift+F5", "Stop the running simulation"),
    PIN_RUN("Pin This Run", MaterialDesignP.PIN, null, "Keep this run to compare the next runs with"),
    COMPARE_RUNS("Compare with Pinned", null, null, "Show this run next to the pinned one"),
    PLAYBACK_PLAY("Play / Pause", null, "F8", "Play the run back on the canvas, or pause"),
    PLAYBACK_BACK("Step Back", null, "F7", "Playback one step back"),
    PLAYBACK_FORWARD("Step Forward", null, "F9", "Playback one step forward"),
    PLAYBACK_END("Back to Predictions", null, null, "End playback: the canvas shows the predicted loads again"),
    PUSH("Push…", null, null, "Make live hosts match the design (shows the changes first)"),

    PRESENTATION_MODE("Presentation Mode", MaterialDesignP.PRESENTATION, "F11",
            "Full screen for a class: larger text and lines, high contrast, side panels hidden (Esc leaves)"),
    OPEN_LESSON_FILE("Open Lesson File…", null, null, "Open a lesson file, as a student follows it"),
    RECORD_LESSON("Record Lesson…", null, null,
            "Record a lesson on this design: each step is the selection, a text and a check"),

    KEYBOARD_SHORTCUTS("Keyboard Shortcuts", null, null, "List the keys and mouse gestures");

    private final String label;
    private final Ikon icon;
    private final KeyCombination accelerator;
    private final String help;

    AppAction(String label, Ikon icon, String accelerator, String help) {
        this.label = label;
        this.icon = icon;
        this.accelerator = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
        this.help = help;
    }

    /** The menu item's text. */
    String label() {
        return label;
    }

    /** The menu and tool bar icon, or null. */
    Ikon icon() {
        return icon;
    }

    /** The key, or null. */
    KeyCombination accelerator() {
        return accelerator;
    }

    /** What the action does, in a few words: the tooltip and the shortcuts help. */
    String help() {
        return help;
    }

    /** The key as the menus show it on this platform ("Ctrl+Z"), or "" without one. */
    String keyText() {
        return accelerator == null ? "" : accelerator.getDisplayText();
    }

    /** The help text with its key: "Undo (Ctrl+Z)". */
    String tooltip() {
        return accelerator == null ? help : help + " (" + keyText() + ")";
    }
}
