package org.clustercomposer.views.layout;

/** How big a node is drawn, so a layout leaves room for it. */
public interface NodeSize {
    double width(String id);

    double height(String id);
}
