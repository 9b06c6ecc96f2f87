package org.clustercomposer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cluster-composer sweep-merge DIR}: the table of a sweep whose runs ran elsewhere (a Slurm array). */
@Command(name = "sweep-merge", mixinStandardHelpOptions = true,
        description = "Builds a sweep's table (DIR/table.csv and DIR/table.json) from the runs' summaries in DIR/runs,"
                + " after the array job that sweep --slurm wrote has run. Runs without a summary are listed as missing.")
public final class SweepMergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the directory sweep --slurm wrote")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<SweepTable.Row> rows;
        try {
            rows = SweepTable.write(SweepPlan.read(dir), dir);
        } catch (IOException e) {
            err.println(e.getMessage());
            return Cli.INVALID_INPUT;
        }
        List<String> missing = rows.stream().filter(r -> !r.status().equals("done")).map(r -> r.run().name()
                + " " + r.status()).toList();
        missing.forEach(m -> err.println("sweep-merge: " + m + " (its row has no numbers)"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d of %d runs done; table: %s and %s%n", rows.size() - missing.size(), rows.size(),
                dir.resolve(SweepTable.CSV), dir.resolve(SweepTable.JSON));
        out.flush();
        return missing.isEmpty() ? 0 : Cli.INVALID_INPUT;
    }
}
