package org.clustercomposer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clustercomposer.analysis.migration.Calibration;
import org.clustercomposer.topology.HypervisorMigrationSettings.Transport;
import org.clustercomposer.analysis.migration.MeasuredMigration;
import org.clustercomposer.analysis.migration.MeasuredMigrations;
import org.clustercomposer.analysis.migration.MigrationRunFiles;
import org.clustercomposer.analysis.migration.MigrationRunInputs;
import org.clustercomposer.analysis.migration.TransportProfile;
import org.clustercomposer.analysis.migration.TransportProfile.Parameter;
import org.clustercomposer.analysis.migration.TransportProfileFile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster-composer calibrate RUNS... --out profile.json}: fits a transport profile from measured migrations. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fits the transport and per-page parameters of the migration model from measured runs and "
                + "writes a profile for migration-cost --profile. A run is a migration-lab CSV (*.csv), a QEMU "
                + "query-migrate reply (JSON) or virsh domjobinfo --completed output (text), each with an inputs "
                + "file beside it (RUN.inputs.json: what was known before migrating; docs/calibration-runs.md).")
final class CalibrateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUNS", description = "measured runs: migration-lab CSV files, "
            + "query-migrate JSON replies, virsh domjobinfo --completed text; inputs files (*.inputs.json) among them "
            + "are left out")
    List<Path> runs;

    @Option(names = "--inputs", paramLabel = "FILE", description = "the inputs file for every query-migrate or "
            + "domjobinfo run (instead of the RUN.inputs.json beside each)")
    Path inputs;

    @Option(names = "--out", required = true, description = "the profile JSON to write")
    Path out;

    @Option(names = "--transport", defaultValue = "tcp",
            description = "transport the runs used; its built-in profile fills what the runs do not inform "
                    + "(default: ${DEFAULT-VALUE})")
    Transport transport;

    @Option(names = "--name", description = "the profile's name (default: the output file's name)")
    String name;

    @Override
    public Integer call() throws IOException {
        List<MeasuredMigration> measured = new ArrayList<>();
        List<Path> used = new ArrayList<>();
        for (Path file : runs) {
            if (MigrationRunInputs.isInputsFile(file)) {
                continue; // the inputs of a run, caught by the same glob
            }
            used.add(file);
            try {
                measured.addAll(read(file));
            } catch (IOException e) {
                spec.commandLine().getErr().println("cannot read " + file + ": "
                        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
                return Cli.INVALID_INPUT;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Cli.INVALID_INPUT;
            }
        }
        Calibration.Result fit;
        try {
            fit = Calibration.fit(name != null ? name : out.getFileName().toString(), measured,
                    TransportProfile.defaults(transport));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        TransportProfile p = fit.profile();
        String fittedOn = measured.size() + " completed runs from " + used;
        Files.writeString(out, TransportProfileFile.json(p, fittedOn) + System.lineSeparator());
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "calibrated on %d completed runs%n", measured.size());
        line(w, "transport ceiling", p.ceiling(), 1e-6, "MB/s", fit.ceilingRuns());
        line(w, "stop-copy rate", p.stopCopyRate(), 1e-6, "MB/s", fit.stopCopyRuns());
        line(w, "switchover", p.switchoverSeconds(), 1e3, "ms", fit.switchoverRuns());
        if (!fit.notFitted().isEmpty()) {
            w.println("not fitted (built-in " + transport + " values kept): " + String.join(", ", fit.notFitted()));
        }
        w.println("wrote " + out);
        return 0;
    }

    private List<MeasuredMigration> read(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".csv")) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return MeasuredMigrations.fromLabCsv(in, file.toString());
            }
        }
        return List.of(MigrationRunFiles.read(file, inputs));
    }

    private static void line(PrintWriter w, String what, Parameter p, double scale, String unit, int n) {
        w.printf(Locale.ROOT, "%-18s %10.4g +- %.2g %s (%d runs)%n", what, p.value() * scale, p.uncertainty() * scale,
                unit, n);
    }
}
