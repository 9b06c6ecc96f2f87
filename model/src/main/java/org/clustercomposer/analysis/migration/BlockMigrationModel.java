package org.clustercomposer.analysis.migration;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.units.Dimension;

/**
 * Adds the disk copy to any memory migration method when storage is not shared (QEMU drive-mirror /
 * block migration, Xen with local disks): the disk is copied first while the guest runs, then the
 * memory moves as the wrapped method says. Writes to the disk during the copy are not modelled
 * (no disk dirty rate in the request), so this is a lower bound for write-heavy guests.
 * With shared storage, or no disk, the wrapped method's cost is returned unchanged.
 */
public final class BlockMigrationModel implements MigrationCostModel {

    private final MigrationCostModel memoryMethod;
    private final TransferSettings transfer;

    public BlockMigrationModel(MigrationCostModel memoryMethod, TransferSettings transfer) {
        if (memoryMethod == null || transfer == null) {
            throw new IllegalArgumentException("a memory migration method and transfer settings are required");
        }
        this.memoryMethod = memoryMethod;
        this.transfer = transfer;
    }

    public BlockMigrationModel(MigrationCostModel memoryMethod) {
        this(memoryMethod, TransferSettings.standard());
    }

    @Override
    public String name() {
        return memoryMethod.name() + " with disk copy";
    }

    @Override
    public MigrationCost cost(MigrationRequest request) {
        MigrationCost memory = memoryMethod.cost(request);
        if (request.sharedStorage() || request.disk() <= 0) {
            return memory;
        }
        double diskSeconds = request.disk() / transfer.effectiveBandwidth(request.bandwidth());
        List<Input> inputs = new ArrayList<>();
        inputs.add(Input.of("disk", request.disk(), Dimension.SIZE));
        inputs.add(Input.of("disk copy", diskSeconds, Dimension.DURATION));
        inputs.add(Input.of("memory migration", memory.totalSeconds(), Dimension.DURATION));
        Explanation why = new Explanation(name(), "total = disk / B + memory migration; downtime = memory migration's",
                inputs, List.of("storage is not shared, so the disk is copied first", memory.explanation().text()));
        return new MigrationCost(diskSeconds + memory.totalSeconds(), memory.downtimeSeconds(),
                request.disk() + memory.bytesSent(), memory.rounds(), memory.converged(), why, memory.roundBytes());
    }
}
