package org.clustercomposer.analysis.migration;

import java.util.List;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.units.Dimension;

/**
 * Post-copy live migration (Hines and Gopalan, VEE 2009; QEMU's postcopy-ram): pause only to move
 * vCPU and device state, resume on the destination at once, then pull every page over the network
 * (background push plus demand faults). Each page crosses once, so the dirty rate does not add
 * data; the price is a degraded period of M / B during which page faults wait for the network, and
 * a guest that cannot survive the loss of either host during that period.
 */
public final class PostCopyMigrationModel implements MigrationCostModel {

    private final TransferSettings transfer;

    public PostCopyMigrationModel(TransferSettings transfer) {
        this.transfer = TransferSettings.required(transfer);
    }

    public PostCopyMigrationModel() {
        this(TransferSettings.standard());
    }

    @Override
    public String name() {
        return "post-copy live migration";
    }

    @Override
    public MigrationCost cost(MigrationRequest request) {
        double b = transfer.effectiveBandwidth(request.bandwidth());
        double pull = request.memory() / b;
        double downtime = transfer.switchoverSeconds();
        List<Input> inputs = transfer.singleCopyInputs(request.memory(), request.bandwidth());
        inputs.add(Input.of("degraded period", pull, Dimension.DURATION));
        Explanation why = new Explanation(name(), "downtime = switchover; total = switchover + M / B", inputs,
                List.of("the guest runs on the destination with remote page faults for M / B"));
        return new MigrationCost(downtime + pull, downtime, request.memory(), 1, true, why);
    }
}
