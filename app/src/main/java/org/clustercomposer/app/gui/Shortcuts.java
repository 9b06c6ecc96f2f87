package org.clustercomposer.app.gui;

/** The gestures and keys, as the Help menu lists them. */
final class Shortcuts {

    static final String TEXT = String.join("\n",
            "Drag from the palette onto the canvas to add an element; drop a VM onto a host or an SSI domain.",
            "Click selects; Shift+click adds to the selection; drag on empty canvas selects a rectangle.",
            "Drag nodes to move them (one undo step per drag); drag a VM chip onto another host to move it.",
            "Right- or middle-drag pans; the mouse wheel zooms; Ctrl+0 fits the design in the window.",
            "Ctrl+Z undo, Ctrl+Y redo, Ctrl+C copy, Ctrl+V paste, Del delete, Ctrl+A select all.",
            "Ctrl+G stretches an SSI domain over the selected hosts or VMs; Ctrl+L lays the design out as a tree.",
            "Ctrl+1..4 show or hide the hardware, VM, SSI and application layers; Esc cancels the link tool.");

    private Shortcuts() {
    }
}
