package org.clustercomposer.views.canvas;

/** Which layers of the design are shown. Hidden layers are neither drawn nor hit. */
public record LayerVisibility(boolean hardware, boolean vms, boolean ssi, boolean applications) {

    public static LayerVisibility all() {
        return new LayerVisibility(true, true, true, true);
    }
}
