package org.clustercomposer.views.canvas;

import java.util.List;

import org.clustercomposer.scenario.ElementKind;

/** Sizes of what the canvas draws, in canvas units. One place, shared by layout, drawing and export. */
public final class Shapes {

    public static final double HOST_WIDTH = 164;
    public static final double HOST_HEADER = 44;
    public static final double HOST_PADDING = 6;
    public static final int VM_COLUMNS = 3;
    public static final double VM_WIDTH = 48;
    public static final double VM_HEIGHT = 18;
    public static final double VM_GAP = 4;
    public static final double SWITCH_WIDTH = 150;
    public static final double SWITCH_HEIGHT = 40;
    public static final double STORAGE_WIDTH = 140;
    public static final double STORAGE_HEIGHT = 50;
    public static final double APP_WIDTH = 150;
    public static final double APP_HEIGHT = 20;
    /** Under half the tree layout's 24-unit gap, so hulls over neighbouring hosts do not cross. */
    public static final double HULL_PADDING = 10;
    public static final double VM_HULL_PADDING = 4;
    /** The height of the "26 VMs" badge a host shows instead of its chips when zoomed out. */
    public static final double VM_COUNT_HEIGHT = 26;

    private Shapes() {
    }

    /** Text size of a VM chip's name. */
    public static final double VM_TEXT = 10;

    /**
     * A VM chip as wide as its name (never narrower than {@link #VM_WIDTH}, never wider than a
     * host's inside), with slack for fonts wider than the renderer's estimate: 16 characters fit.
     */
    public static double vmChipWidth(String caption) {
        double text = Math.ceil(Painter.approximateWidth(caption, VM_TEXT, false) * 1.15) + 8;
        return Math.max(VM_WIDTH, Math.min(HOST_WIDTH - 2 * HOST_PADDING, text));
    }

    /** How many rows chips of these widths take inside a host, filled left to right. */
    public static int chipRows(List<Double> widths) {
        int rows = widths.isEmpty() ? 0 : 1;
        double x = 0;
        for (double w : widths) {
            if (x > 0 && x + w > HOST_WIDTH - 2 * HOST_PADDING) {
                rows++;
                x = 0;
            }
            x += w + VM_GAP;
        }
        return rows;
    }

    /** A host grows a row of VM chips for every three VMs it holds. */
    public static double hostHeight(int vmCount) {
        int rows = (vmCount + VM_COLUMNS - 1) / VM_COLUMNS;
        return HOST_HEADER + rows * (VM_HEIGHT + VM_GAP) + HOST_PADDING;
    }

    /** A host whose VMs are drawn as one count: its header and the count badge, never taller than with chips. */
    public static double countedHostHeight(int vmCount) {
        return vmCount == 0 ? hostHeight(0) : Math.min(hostHeight(vmCount), HOST_HEADER + VM_COUNT_HEIGHT + HOST_PADDING);
    }

    /** Where a host drawn with VM counts shows its count. */
    public static Rect vmCountBadge(Rect host) {
        return new Rect(host.x() + 8, host.y() + HOST_HEADER, host.width() - 16,
                Math.max(0, Math.min(VM_COUNT_HEIGHT, host.height() - HOST_HEADER - 4)));
    }

    /** Text size of a node's name (host, switch, storage), and the room on either side of it. */
    public static final double NODE_TEXT = 13;
    public static final double NODE_PADDING = 12;
    /** Text size of a node's load figure, drawn right of its name. */
    public static final double LOAD_TEXT = 12;
    /** The widest load figure a node draws: room for it is kept whatever the load, so a box never resizes as loads change. */
    private static final String WIDEST_LOAD = "⚠ 100 %";

    /** The room a node keeps right of its name for its load figure. */
    public static double loadFigureWidth(String figure) {
        return figure.isEmpty() ? 0 : Painter.approximateWidth(figure, LOAD_TEXT, true) + 6;
    }

    /**
     * A node as wide as its name needs beside its widest load figure, never narrower than its kind's
     * width: names of 16 characters and more are drawn whole at every zoom (issue 10, names readable).
     */
    public static double width(ElementKind kind, String caption) {
        double base = width(kind);
        if (kind != ElementKind.HOST && kind != ElementKind.SWITCH && kind != ElementKind.STORAGE) {
            return base;
        }
        double needed = Painter.approximateWidth(caption, NODE_TEXT, true) + 2 * NODE_PADDING + loadFigureWidth(WIDEST_LOAD);
        return Math.max(base, Math.ceil(needed));
    }

    public static double width(ElementKind kind) {
        return switch (kind) {
            case HOST -> HOST_WIDTH;
            case SWITCH -> SWITCH_WIDTH;
            case STORAGE -> STORAGE_WIDTH;
            default -> VM_WIDTH;
        };
    }

    public static double height(ElementKind kind, int vmCount) {
        return switch (kind) {
            case HOST -> hostHeight(vmCount);
            case SWITCH -> SWITCH_HEIGHT;
            case STORAGE -> STORAGE_HEIGHT;
            default -> VM_HEIGHT;
        };
    }
}
