package org.clustercomposer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.clustercomposer.export.ExportRefusedException;
import org.clustercomposer.export.ExportTarget;
import org.clustercomposer.export.ExportWriter;
import org.clustercomposer.export.ExportedFile;
import org.clustercomposer.export.Exports;
import org.clustercomposer.scenario.Scenario;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster-composer export FILE --to FORMAT --out DIR}: the design as a real cluster's configuration. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the configuration a real cluster needs for this design:",
                "  libvirt    one domain XML per VM (VMID.xml)",
                "  ansible    inventory.yml: groups per switch, SSI domain and hypervisor kind, host variables",
                "  slurm      slurm-nodes.conf: NodeName and PartitionName lines",
                "  kerrighed  DOMAIN/etc/kerrighed_nodes per Kerrighed domain",
                "  mosix      DOMAIN/etc/mosix/mosix.map per MOSIX domain"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario file (.json)")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "libvirt, ansible, slurm, kerrighed or mosix")
    String to;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write into")
    Path out;

    @Override
    public Integer call() {
        ExportTarget target = ExportTarget.fromCliName(to).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown format \"" + to + "\" for --to: expected one of "
                + Arrays.stream(ExportTarget.values()).map(ExportTarget::cliName).collect(Collectors.joining(", "))));
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> scenario = ScenarioInput.loadValid(file, err);
        if (scenario.isEmpty()) {
            return Cli.INVALID_INPUT;
        }
        try {
            List<ExportedFile> files = Exports.export(scenario.get(), target);
            List<Path> written = ExportWriter.write(files, out);
            PrintWriter o = spec.commandLine().getOut();
            written.forEach(o::println);
            o.flush();
            return 0;
        } catch (ExportRefusedException e) {
            ScenarioInput.print(file.toString(), e.problems(), err);
            return Cli.INVALID_INPUT;
        } catch (IOException e) {
            err.println(out + ": cannot write (" + e.getMessage() + ")");
            return Cli.INVALID_INPUT;
        }
    }
}
