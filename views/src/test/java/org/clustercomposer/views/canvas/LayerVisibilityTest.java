package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;

class LayerVisibilityTest {

    @Test
    void aHiddenLayerSaysWhatItHides() {
        assertEquals("", LayerVisibility.all().hiddenHint(SmallDesigns.rack()));
        assertEquals("Hidden: 3 VMs (View › Layers)",
                new LayerVisibility(true, false, true, true).hiddenHint(SmallDesigns.rack()));
        assertEquals("Hidden: 1 SSI domain, 0 applications (View › Layers)",
                new LayerVisibility(true, true, false, false).hiddenHint(SmallDesigns.rack()));
    }
}
