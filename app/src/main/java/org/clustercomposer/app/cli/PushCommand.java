package org.clustercomposer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.clustercomposer.app.live.Connections;
import org.clustercomposer.app.live.LibvirtHost;
import org.clustercomposer.app.live.LiveHost;
import org.clustercomposer.app.live.LiveHostException;
import org.clustercomposer.app.live.PushPlan;
import org.clustercomposer.app.live.PushPlanner;
import org.clustercomposer.app.live.PushRunner;
import org.clustercomposer.app.live.PushStep;
import org.clustercomposer.app.live.SshHosts;
import org.clustercomposer.export.LibvirtDomains;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Host;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster-composer push FILE --to URI... [--dry-run] [--yes]}: make the live hosts match a design. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Compares the design with the live hosts and makes them match: defines missing domains,"
                + " changes vCPUs or memory of stopped ones, starts or stops them, live-migrates running VMs whose"
                + " host differs (each with its predicted cost), moves stopped ones, and writes Kerrighed/MOSIX"
                + " membership files on ssh:// hosts. Domains the design does not name are left alone.",
                "Applies only with --yes; at the first failure it rolls back the steps already done. Every step is"
                        + " printed as it runs."})
final class PushCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario file (.json)")
    Path file;

    @Option(names = "--to", required = true, arity = "1..*", paramLabel = "[ID=]URI",
            description = "the live hosts: ID=URI pairs the design's host (or SSI member) ID with a URI; a bare URI"
                    + " pairs with the next host in file order (as import numbered them)")
    List<String> targets;

    @Option(names = "--dry-run", description = "print the plan and change nothing")
    boolean dryRun;

    @Option(names = "--yes", description = "apply the plan without asking")
    boolean yes;

    @Option(names = "--interface", defaultValue = "network:default", paramLabel = "KIND[:NAME]",
            description = "how new domains join the network: network:NAME, bridge:NAME or user (default ${DEFAULT-VALUE})")
    String nic;

    @Mixin
    SshOptions sshOptions;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LibvirtDomains.Interface iface = parseInterface();
        Optional<Scenario> loaded = ScenarioInput.loadValid(file, err);
        if (loaded.isEmpty()) {
            return Cli.INVALID_INPUT;
        }
        Scenario design = loaded.get();
        Map<String, String> uris = pair(design);
        Map<String, LibvirtHost> libvirt = new LinkedHashMap<>();
        Map<String, String> ssh = new LinkedHashMap<>();
        try {
            Map<String, LiveHost> live = new LinkedHashMap<>();
            boolean reached = true;
            for (Map.Entry<String, String> e : uris.entrySet()) {
                if (SshHosts.isSshUri(e.getValue())) {
                    ssh.put(e.getKey(), e.getValue());
                    continue;
                }
                try {
                    LibvirtHost host = LibvirtHost.open(e.getValue());
                    libvirt.put(e.getKey(), host);
                    live.put(e.getKey(), host.read(0, () -> false));
                } catch (LiveHostException ex) {
                    err.println(e.getKey() + ": " + ex.getMessage());
                    reached = false;
                }
            }
            if (!reached) {
                err.println("push: not every host could be reached; nothing changed");
                return Cli.INVALID_INPUT;
            }
            SshHosts sshHosts = sshOptions.hosts();
            PushPlan plan = new PushPlanner(iface).plan(design, live, ssh, sshHosts);
            print(plan, out);
            if (!plan.canApply()) {
                plan.problems().forEach(p -> err.println("cannot push: " + p));
                err.println("push: nothing changed");
                return Cli.INVALID_INPUT;
            }
            if (plan.changesNothing() || dryRun) {
                out.println(plan.changesNothing() ? "the live hosts already match the design" : "dry run: nothing changed");
                return 0;
            }
            if (!yes) {
                err.println("push: not applied; run again with --yes to apply these " + plan.steps().size() + " steps");
                return Cli.INVALID_INPUT;
            }
            PushRunner.Outcome outcome = PushRunner.run(plan, new Connections(libvirt, ssh, sshHosts),
                    (line, fraction) -> {
                        out.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + line);
                        out.flush();
                    });
            if (outcome.succeeded()) {
                out.println("pushed: " + outcome.stepsDone() + " steps");
                return 0;
            }
            if (outcome.rollbackFailures().isEmpty()) {
                err.println("push failed at step " + (outcome.stepsDone() + 1) + " (" + outcome.failure() + "); the "
                        + outcome.stepsDone() + " steps done were rolled back: the live hosts are as they were");
            } else {
                err.println("push failed at step " + (outcome.stepsDone() + 1) + " (" + outcome.failure()
                        + ") and the rollback is INCOMPLETE; repair by hand:");
                outcome.rollbackFailures().forEach(f -> err.println("  " + f));
            }
            return Cli.INVALID_INPUT;
        } catch (LiveHostException e) {
            err.println(e.getMessage());
            err.println("push: nothing changed");
            return Cli.INVALID_INPUT;
        } finally {
            libvirt.values().forEach(LibvirtHost::close);
            out.flush();
            err.flush();
        }
    }

    private void print(PushPlan plan, PrintWriter out) {
        out.println("plan for " + file + ": " + plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps"));
        int i = 0;
        for (PushStep step : plan.steps()) {
            out.println("  " + (++i) + ". " + step.describe());
        }
        plan.leftAlone().forEach(l -> out.println("  left alone: " + l));
    }

    private LibvirtDomains.Interface parseInterface() {
        String[] parts = nic.split(":", 2);
        boolean named = parts.length == 2 && !parts[1].isBlank();
        return switch (parts[0]) {
            case "user" -> new LibvirtDomains.Interface("user", "");
            case "network", "bridge" -> {
                if (!named) {
                    throw usage("--interface " + parts[0] + " needs a name: " + parts[0] + ":NAME");
                }
                yield new LibvirtDomains.Interface(parts[0], parts[1]);
            }
            default -> throw usage("unknown --interface \"" + nic + "\": expected network:NAME, bridge:NAME or user");
        };
    }

    /** Design ids to URIs: ID=URI as given, bare URIs to the remaining hosts in file order. */
    private Map<String, String> pair(Scenario design) {
        Map<String, String> paired = new LinkedHashMap<>();
        List<String> bare = new ArrayList<>();
        for (String t : targets) {
            int eq = t.indexOf('=');
            int scheme = t.indexOf("://");
            if (eq > 0 && (scheme < 0 || eq < scheme)) {
                String id = t.substring(0, eq);
                if (design.element(id).isEmpty()) {
                    throw usage("--to " + t + ": the design has no host or VM \"" + id + "\"");
                }
                paired.put(id, t.substring(eq + 1));
            } else {
                bare.add(t);
            }
        }
        List<String> free = design.hosts().stream().map(Host::id).filter(id -> !paired.containsKey(id)).toList();
        if (bare.size() > free.size()) {
            throw usage("more URIs (" + bare.size() + ") than hosts left to pair them with (" + free.size() + ")");
        }
        for (int i = 0; i < bare.size(); i++) {
            paired.put(free.get(i), bare.get(i));
        }
        return paired;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
