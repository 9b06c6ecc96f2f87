package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.clustercomposer.analysis.migration.ColdMigrationModel;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationCostModel;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.PostCopyMigrationModel;
import org.clustercomposer.analysis.migration.PreCopyMigrationModel;
import org.clustercomposer.report.MigrationCostFormat;

import com.fasterxml.jackson.core.JsonProcessingException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster-composer migration-cost}: what moving one VM costs, with the model's explanation. */
@Command(name = "migration-cost", mixinStandardHelpOptions = true,
        description = "Predicts total time, downtime and data sent for migrating one VM.")
final class MigrationCostCommand implements Callable<Integer> {

    enum Method { precopy, postcopy, cold }


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--memory", paramLabel = "SIZE", required = true, converter = QuantityConverters.Size.class,
            description = "guest memory, e.g. 4GiB")
    double memory;

    @Option(names = "--dirty-rate", paramLabel = "RATE", defaultValue = "0", converter = QuantityConverters.DataRate.class,
            description = "bytes written per second, e.g. 80MiB/s (default: ${DEFAULT-VALUE})")
    double dirtyRate;

    @Option(names = "--bandwidth", paramLabel = "BANDWIDTH", required = true, converter = QuantityConverters.Bandwidth.class,
            description = "bandwidth available on the path, e.g. 1Gbit/s")
    double bandwidth;

    @Option(names = "--working-set", paramLabel = "SIZE", defaultValue = "0", converter = QuantityConverters.Size.class,
            description = "writable working set bounding re-dirtied memory, e.g. 256MiB (default: unknown)")
    double workingSet;

    @Option(names = "--downtime-limit", paramLabel = "TIME", defaultValue = "300ms", converter = QuantityConverters.Duration.class,
            description = "longest acceptable pause (default: ${DEFAULT-VALUE}, QEMU's default)")
    double downtimeLimit;

    @Option(names = "--max-rounds", paramLabel = "N", defaultValue = "30",
            description = "most copy rounds before a forced stop (default: ${DEFAULT-VALUE}, Xen's default)")
    int maxRounds;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "precopy", description = "precopy, postcopy or cold (default: ${DEFAULT-VALUE})")
    Method method;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    ReportStyle format;

    @Override
    public Integer call() throws JsonProcessingException {
        MigrationRequest request;
        try {
            request = new MigrationRequest(memory, dirtyRate, workingSet, bandwidth, downtimeLimit, maxRounds, 0, true);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        MigrationCostModel model = switch (method) {
            case precopy -> new PreCopyMigrationModel();
            case postcopy -> new PostCopyMigrationModel();
            case cold -> new ColdMigrationModel();
        };
        MigrationCost cost = model.cost(request);
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportStyle.json) {
            out.println(MigrationCostFormat.json(model.name(), cost));
        } else {
            MigrationCostFormat.text(model.name(), cost, out);
        }
        return 0;
    }
}
