package org.clustercomposer.views.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.clustercomposer.analysis.migration.MigrationRequest;

/**
 * The memory of the moving VM or process as a grid of cells, one cell standing for {@link #pagesPerCell} pages of
 * 4 KiB (a power of two, so that at most {@value #MAX_CELLS} cells are drawn). The cells that hold data come first,
 * then the all-zero ones; the hot set (the pages written over and over) is a seeded choice among the data cells.
 *
 * @param hotCells the hot cells in the seeded order the animation dirties them in
 */
public record PageGrid(long pages, long pagesPerCell, int cells, int dataCells, List<Integer> hotCells) {

    public static final int MAX_CELLS = 1024;

    public PageGrid {
        hotCells = List.copyOf(hotCells);
    }

    /** The grid of a request's memory; {@code hotBytes} is the hot (written) set to scatter over the data cells. */
    public static PageGrid of(MigrationRequest r, double hotBytes, long seed) {
        long pages = (long) Math.ceil(r.memory() / MigrationRequest.PAGE_SIZE);
        long perCell = 1;
        while ((pages + perCell - 1) / perCell > MAX_CELLS) {
            perCell *= 2;
        }
        int cells = (int) ((pages + perCell - 1) / perCell);
        double cellBytes = perCell * MigrationRequest.PAGE_SIZE;
        int data = (int) Math.min(cells, Math.max(r.nonZeroMemory() > 0 ? 1 : 0, Math.round(r.nonZeroMemory() / cellBytes)));
        int hot = hotBytes <= 0 ? 0 : (int) Math.min(data, Math.max(1, Math.round(hotBytes / cellBytes)));
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < data; i++) {
            candidates.add(i);
        }
        Collections.shuffle(candidates, new Random(seed));
        return new PageGrid(pages, perCell, cells, data, candidates.subList(0, hot));
    }

    /** Bytes of guest memory one cell stands for. */
    public double cellBytes() {
        return pagesPerCell * MigrationRequest.PAGE_SIZE;
    }

    /** Bytes one cell puts on the wire when it is sent: its pages, or their zero-page markers. */
    double wireBytes(int cell) {
        return cell < dataCells ? cellBytes() : pagesPerCell * (double) MigrationRequest.ZERO_PAGE_WIRE_BYTES;
    }

    boolean isData(int cell) {
        return cell < dataCells;
    }
}
