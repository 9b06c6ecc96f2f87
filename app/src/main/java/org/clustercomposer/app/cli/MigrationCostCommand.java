package org.clustercomposer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationCostModel;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationMethods;
import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.TransportProfile;
import org.clustercomposer.analysis.migration.TransportProfileFile;
import org.clustercomposer.report.MigrationCostFormat;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Host;

import com.fasterxml.jackson.core.JsonProcessingException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster-composer migration-cost}: what moving one VM costs, with the model's explanation. */
@Command(name = "migration-cost", mixinStandardHelpOptions = true,
        description = "Predicts total time, downtime and data sent for migrating one VM.")
final class MigrationCostCommand implements Callable<Integer> {

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

    @Option(names = "--downtime-limit", paramLabel = "TIME", converter = QuantityConverters.Duration.class,
            description = "longest acceptable pause (default: 300ms, QEMU's default)")
    Double downtimeLimit;

    @Option(names = "--non-zero-memory", paramLabel = "SIZE", converter = QuantityConverters.Size.class,
            description = "memory that holds data (resident, non-zero); the rest goes as zero-page markers "
                    + "(default: all of --memory)")
    Double nonZeroMemory;

    @Option(names = "--max-bandwidth", paramLabel = "RATE", converter = QuantityConverters.DataRate.class,
            description = "the hypervisor's cap (QEMU max-bandwidth), 0 = uncapped as libvirt runs it "
                    + "(default: 128MiB/s, QEMU's); --bandwidth stays the link's rate")
    Double maxBandwidth;

    @Option(names = "--transport", paramLabel = "TRANSPORT", description = "tcp, tls, ssh or rdma (default: tcp)")
    HypervisorMigrationSettings.Transport transport;

    @Option(names = "--multifd", paramLabel = "N", description = "multifd channels, 0 = off (default: off)")
    Integer multifd;

    @Option(names = "--auto-converge", description = "QEMU auto-converge: throttle the vCPUs when the guest "
            + "dirties faster than the stream (default: off)")
    Boolean autoConverge;

    @Option(names = "--xbzrle-cache", paramLabel = "SIZE", converter = QuantityConverters.Size.class,
            description = "XBZRLE cache size, 0 = off (default: off)")
    Double xbzrleCache;

    @Option(names = "--device-state", paramLabel = "SIZE", converter = QuantityConverters.Size.class,
            description = "device state sent while paused, e.g. a VFIO device's (default: none)")
    Double deviceState;

    @Option(names = "--hypervisor", paramLabel = "HYPERVISOR", defaultValue = "qemu", description = "qemu or xen (default: ${DEFAULT-VALUE})")
    MigrationMethods.Hypervisor hypervisor;

    @Option(names = "--profile", paramLabel = "FILE", description = "transport profile JSON written by calibrate (default: the "
            + "transport's built-in profile)")
    Path profile;

    @Option(names = "--scenario", paramLabel = "FILE", description = "take the hypervisor migration settings "
            + "(and calibration profile) of --host in this scenario file, as drain and the editor do (an unset cap is "
            + "lifted, as libvirt runs QEMU); options given here override them")
    Path scenario;

    @Option(names = "--host", paramLabel = "HOST", description = "the source host in --scenario whose hypervisor "
            + "settings apply")
    String host;

    @Option(names = "--max-rounds", paramLabel = "N", defaultValue = "30",
            description = "most copy rounds before a forced stop (default: ${DEFAULT-VALUE}, Xen's default)")
    int maxRounds;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "precopy", description = "precopy, postcopy, cold or process (SSI process migration: freeze, send the written "
                    + "pages, page the rest remotely) (default: ${DEFAULT-VALUE})")
    MigrationMethods.Method method;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    ReportStyle format;

    @Override
    public Integer call() throws JsonProcessingException {
        MigrationRequest request;
        MigrationCostModel model;
        Optional<FromScenario> base = fromScenario();
        if (base == null) {
            return Cli.INVALID_INPUT;
        }
        try {
            HypervisorMigrationSettings settings = settings(base.map(FromScenario::settings)
                    .orElse(HypervisorMigrationSettings.qemuDefaults()));
            double limit = settings.downtimeLimitOrDefault();
            request = new MigrationRequest(memory, dirtyRate, workingSet, bandwidth, limit, maxRounds, 0, true,
                    nonZeroMemory == null ? memory : nonZeroMemory);
            TransportProfile transportProfile = profile != null ? TransportProfileFile.read(profile)
                    : base.map(b -> b.profiles().profileFor(settings)).orElse(null);
            // A host of the design is run by libvirt, as for drain and the editor; a bare QEMU keeps its own cap.
            model = base.isPresent() ? MigrationMethod.plannedModel(method, hypervisor, settings, transportProfile)
                    : MigrationMethods.model(method, hypervisor, settings, transportProfile);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--profile: cannot read " + profile + ": " + e);
        }
        MigrationCost cost = model.cost(request);
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportStyle.json) {
            out.println(MigrationCostFormat.json(model.name(), cost));
        } else {
            MigrationCostFormat.text(model.name(), cost, out);
        }
        return 0;
    }

    private record FromScenario(HypervisorMigrationSettings settings, MigrationProfiles profiles) {
    }

    // Empty without --scenario; null (after printing why) when the file or the host is no good.
    private Optional<FromScenario> fromScenario() {
        if (scenario == null) {
            if (host != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--host needs --scenario FILE");
            }
            return Optional.empty();
        }
        if (host == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scenario needs --host HOST (the source)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> loaded = ScenarioInput.loadValid(scenario, err);
        if (loaded.isEmpty()) {
            return null;
        }
        Optional<Host> source = loaded.get().host(host);
        if (source.isEmpty()) {
            err.println(scenario + ": no host \"" + host + "\"");
            return null;
        }
        HypervisorMigrationSettings settings = source.get().hypervisor() == null
                ? HypervisorMigrationSettings.qemuDefaults() : source.get().hypervisor().migration();
        return Optional.of(new FromScenario(settings, ScenarioInput.profiles(scenario)));
    }

    // The scenario's settings with each option given on the command line in place of its value.
    private HypervisorMigrationSettings settings(HypervisorMigrationSettings base) {
        HypervisorMigrationSettings s = base;
        if (maxBandwidth != null) {
            s = s.withMaxBandwidth(maxBandwidth == 0 ? Double.POSITIVE_INFINITY : maxBandwidth);
        }
        if (downtimeLimit != null) {
            s = s.withDowntimeLimit(downtimeLimit);
        }
        if (multifd != null) {
            s = s.withMultifdChannels(multifd);
        }
        if (autoConverge != null) {
            s = s.withAutoConverge(autoConverge);
        }
        if (xbzrleCache != null) {
            s = s.withXbzrleCache(xbzrleCache);
        }
        if (transport != null) {
            s = s.withTransport(transport);
        }
        return new HypervisorMigrationSettings(s.maxBandwidth(), s.downtimeLimit(), s.multifdChannels(),
                s.autoConverge(), s.xbzrleCache(), deviceState, s.transport(), null, s.profile()).checked();
    }
}
