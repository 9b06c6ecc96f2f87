package org.clustercomposer.analysis.migration;

import java.util.List;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;

/**
 * Stop-and-copy (cold) migration: pause, copy all memory, resume. The whole transfer is downtime.
 * The dirty rate does not matter: nothing runs while copying.
 */
public final class ColdMigrationModel implements MigrationCostModel {

    private final TransferSettings transfer;

    public ColdMigrationModel(TransferSettings transfer) {
        this.transfer = TransferSettings.required(transfer);
    }

    public ColdMigrationModel() {
        this(TransferSettings.standard());
    }

    @Override
    public String name() {
        return "stop-and-copy migration";
    }

    @Override
    public MigrationCost cost(MigrationRequest request) {
        double b = transfer.effectiveBandwidth(request.bandwidth());
        double total = request.memory() / b + transfer.switchoverSeconds();
        List<Input> inputs = transfer.singleCopyInputs(request.memory(), request.bandwidth());
        Explanation why = new Explanation(name(), "downtime = total = M / B + switchover", inputs,
                List.of("the guest is paused for the whole copy"));
        return new MigrationCost(total, total, request.memory(), 1, true, why);
    }
}
