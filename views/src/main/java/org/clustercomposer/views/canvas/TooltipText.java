package org.clustercomposer.views.canvas;

import java.util.Map;

import org.clustercomposer.views.prediction.ElementLoad;

/** What hovering an element explains: what it is, and where its predicted load comes from. */
final class TooltipText {

    private TooltipText() {
    }

    static String describe(String id, DiagramGeometry geometry, Map<String, ElementLoad> loads) {
        StringBuilder b = new StringBuilder(geometry.caption(id));
        String detail = geometry.detail(id);
        if (!detail.isEmpty()) {
            b.append(" — ").append(detail);
        }
        ElementLoad load = loads.get(id);
        if (load != null) {
            b.append('\n').append(switch (load.level()) {
                case NORMAL -> "Load ";
                case HIGH -> "High load ";
                case OVERLOADED -> "OVERLOADED ";
            }).append(Math.round(load.utilization() * 100)).append(" %");
            if (load.explanation() != null && !load.explanation().isBlank()) {
                b.append('\n').append(load.explanation());
            }
        }
        return b.toString();
    }
}
