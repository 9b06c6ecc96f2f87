package org.clustercomposer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.clustercomposer.app.live.LiveImport;
import org.clustercomposer.report.ScenarioSummary;
import org.clustercomposer.scenario.io.ScenarioFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster-composer import URI... --out FILE}: live hosts as a scenario. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads live hosts into a scenario: each libvirt URI (qemu:///system, qemu+ssh://..., test:///default)"
                + " gives a host with its CPUs, speed, memory and NICs and its domains (vCPUs, memory, disks,"
                + " interfaces, state) with their dirty rate and CPU use measured meanwhile; ssh://user@host reads a"
                + " host without libvirt (/proc, NIC speeds, Kerrighed or MOSIX state). Host N is hN, all behind one"
                + " switch: draw the rest."})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "URI", description = "libvirt URIs or ssh://user@host[:port]")
    List<String> uris;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "scenario file to write")
    Path out;

    @Option(names = "--measure", defaultValue = "2", paramLabel = "SECONDS",
            description = "how long to measure each running domain's dirty rate (0: do not measure; default ${DEFAULT-VALUE})")
    int measureSeconds;

    @Mixin
    SshOptions ssh;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (measureSeconds < 0 || measureSeconds > 60) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--measure must be between 0 and 60 seconds, got " + measureSeconds);
        }
        LiveImport.Result result = new LiveImport(measureSeconds, ssh.hosts())
                .run(uris, (message, fraction) -> { }, () -> false);
        result.failures().forEach(err::println);
        result.notes().forEach(n -> err.println("note: " + n));
        if (result.scenario() == null) {
            err.println("import: no host could be read; nothing written");
            return Cli.INVALID_INPUT;
        }
        try {
            ScenarioFiles.save(result.scenario(), out);
        } catch (IOException e) {
            err.println(out + ": cannot write (" + e.getMessage() + ")");
            return Cli.INVALID_INPUT;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(out + ": " + ScenarioSummary.of(result.scenario()));
        o.flush();
        err.flush();
        return result.complete() ? 0 : Cli.INVALID_INPUT;
    }
}
