package org.clustercomposer.views.canvas;

import java.util.List;

import javafx.scene.paint.Color;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;

/**
 * Each SSI domain's own colour, the same in the topology and the stack view: the Okabe-Ito palette,
 * which people with any common colour-vision deficiency can tell apart. Assigned by the domain's
 * place in the file, so a domain keeps its colour while others are edited.
 */
public final class SsiColours {

    /** Okabe & Ito (2008), without black (text) and ordered so the first few differ most. */
    private static final List<Color> PALETTE = List.of(
            Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#56B4E9"), Color.web("#D55E00"), Color.web("#F0E442"));

    private SsiColours() {
    }

    /** The colour of the domain at this index of the scenario's list. */
    public static Color at(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** The colour of a domain by id, or null when the id is not an SSI domain. */
    public static Color of(Scenario s, String domainId) {
        List<SsiDomain> domains = s.ssiDomains();
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i).id().equals(domainId)) {
                return at(i);
            }
        }
        return null;
    }

    /** A light wash of a domain colour for fills behind text. */
    public static Color wash(Color c, CanvasTheme theme) {
        return theme == CanvasTheme.DARK ? c.deriveColor(0, 0.9, 0.45, 0.55) : c.deriveColor(0, 0.35, 1.25, 0.35);
    }

    /** The colour made dark enough (light theme) or light enough (dark theme) to write text in. */
    public static Color ink(Color c, CanvasTheme theme) {
        return theme == CanvasTheme.DARK ? c.deriveColor(0, 0.7, 1.3, 1) : c.deriveColor(0, 1, 0.62, 1);
    }
}
