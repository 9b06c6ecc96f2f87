package org.clustercomposer.views.playback;

/**
 * How a view follows playback: it subscribes with {@link PlaybackModel#subscribe} and is handed one
 * {@link PlaybackFrame} per change of the playback time (on the FX thread), and {@code null} when
 * playback ends and the view should go back to the design's predicted colours. The topology canvas
 * and the stack view both plug in this way (docs/decisions/0421-playback-drives-the-views.md).
 */
@FunctionalInterface
public interface TimeColouring {

    void show(PlaybackFrame frame);
}
