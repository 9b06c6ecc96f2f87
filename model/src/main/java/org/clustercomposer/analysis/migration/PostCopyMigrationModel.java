package org.clustercomposer.analysis.migration;

import java.util.List;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.units.Dimension;

/**
 * Post-copy live migration (Hines and Gopalan, VEE 2009; QEMU's postcopy-ram): pause only to move
 * vCPU and device state, resume on the destination at once, then pull every page over the network
 * (background push plus demand faults). Each page crosses once, so the dirty rate does not add
 * data (all-zero pages cross as markers); the price is a degraded period of V1 / B during which
 * page faults wait for the network, and a guest that cannot survive the loss of either host
 * during that period.
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
        double sent = request.fullCopyBytes();
        double pull = sent / b;
        double downtime = transfer.switchoverSeconds();
        List<Input> inputs = transfer.singleCopyInputs(request);
        inputs.add(Input.of("degraded period", pull, Dimension.DURATION));
        Explanation why = new Explanation(name(),
                "downtime = switchover; total = switchover + V1 / B (V1 = M, zero pages as markers)", inputs,
                List.of("the guest runs on the destination with remote page faults for V1 / B"));
        return new MigrationCost(downtime + pull, downtime, sent, 1, true, why);
    }
}
