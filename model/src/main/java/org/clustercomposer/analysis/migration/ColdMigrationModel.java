package org.clustercomposer.analysis.migration;

import java.util.List;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;

/**
 * Stop-and-copy (cold) migration: pause, copy all memory, resume. The whole transfer is downtime.
 * The dirty rate does not matter: nothing runs while copying. All-zero pages cross as markers
 * ({@link MigrationRequest#fullCopyBytes()}).
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
        double sent = request.fullCopyBytes();
        double total = sent / b + transfer.switchoverSeconds();
        List<Input> inputs = transfer.singleCopyInputs(request);
        Explanation why = new Explanation(name(),
                "downtime = total = V1 / B + switchover (V1 = M, zero pages as markers)", inputs,
                List.of("the guest is paused for the whole copy"));
        return new MigrationCost(total, total, sent, 1, true, why);
    }
}
