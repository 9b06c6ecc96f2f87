package org.clustercomposer.views.prediction;

import java.util.List;

/**
 * What the canvas shows while something that can migrate is dragged over a target: a VM's live migration
 * ({@link MovePreview}) or an SSI process group's process migration ({@link ProcessMovePreview}).
 */
public sealed interface DragPreview permits MovePreview, ProcessMovePreview {

    /** The target the pointer is over. */
    String to();

    /** Whether the move runs (false: {@link #lines()} say why not). */
    boolean runs();

    /** The lines of the ghost label. */
    List<String> lines();

    /** Short cost, for the undo step's name. */
    String summary();

    /** Link ids the move's data crosses: the ghost line. */
    List<String> path();

    /** Bytes of each copy pass, the paused one last (the label's chart); empty or one entry when nothing iterates. */
    List<Double> passBytes();
}
