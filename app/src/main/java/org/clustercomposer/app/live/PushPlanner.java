package org.clustercomposer.app.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.Move;
import org.clustercomposer.analysis.evacuation.MoveCost;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.export.ExportRefusedException;
import org.clustercomposer.export.ExportTarget;
import org.clustercomposer.export.ExportedFile;
import org.clustercomposer.export.Exports;
import org.clustercomposer.export.LibvirtDomains;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * Compares a design with the live hosts and plans the steps that make the hosts match it. VMs are
 * domains of the same name. Steps run in this order: stops, changes of stopped domains, live
 * migrations, moves of stopped domains, new definitions, starts. Domains the design does not name
 * are left alone (a push never deletes what it did not make).
 */
public final class PushPlanner {

    private final LibvirtDomains.Interface nic;

    public PushPlanner(LibvirtDomains.Interface nic) {
        this.nic = nic;
    }

    /** @param live the live hosts by the design's host id */
    public PushPlan plan(Scenario design, Map<String, LiveHost> live) {
        try {
            return plan(design, live, Map.of(), null);
        } catch (LiveHostException e) {
            throw new IllegalStateException("no SSH host to read", e);
        }
    }

    /**
     * The plan, with the Kerrighed and MOSIX membership files written on the members reached over
     * SSH ({@code sshUris} by element id) where their current content differs.
     */
    public PushPlan plan(Scenario design, Map<String, LiveHost> live, Map<String, String> sshUris, SshHosts ssh)
            throws LiveHostException {
        List<String> problems = new ArrayList<>();
        List<String> leftAlone = new ArrayList<>();
        Map<String, String> liveHostOf = new HashMap<>();
        Map<String, LiveDomain> liveDomain = new HashMap<>();
        live.forEach((hostId, host) -> host.domains().forEach(d -> {
            String earlier = liveHostOf.putIfAbsent(d.name(), hostId);
            if (earlier != null) {
                problems.add("domain " + d.name() + " is defined on both " + earlier + " and " + hostId
                        + ": undefine one before pushing");
            }
            liveDomain.putIfAbsent(d.name(), d);
        }));
        checkCapacity(design, live, problems);

        List<PushStep> stops = new ArrayList<>();
        List<PushStep> changes = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<PushStep> definitionMoves = new ArrayList<>();
        List<PushStep> defines = new ArrayList<>();
        List<PushStep> starts = new ArrayList<>();
        for (Vm vm : design.vms()) {
            String target = vm.placedOn();
            if (design.host(target).isEmpty()) {
                leftAlone.add(vm.id() + ": placed on " + target + ", not on a host (not pushed)");
                continue;
            }
            if (!live.containsKey(target)) {
                leftAlone.add(vm.id() + ": its host " + target + " has no libvirt URI (not pushed; give --to " + target
                        + "=URI)");
                continue;
            }
            LiveDomain d = liveDomain.get(vm.id());
            if (d == null) {
                String xml = LibvirtDomains.domainXml(design, vm, live.get(target).domainType(),
                        UUID.randomUUID().toString(), nic);
                defines.add(new PushStep.Define(vm.id(), target, xml));
                if (vm.isRunning()) {
                    starts.add(new PushStep.Start(vm.id(), target));
                }
                continue;
            }
            String from = liveHostOf.get(vm.id());
            boolean resized = d.vcpus() != vm.vcpus() || Math.ceil(d.memory() / 1024) != Math.ceil(vm.memory() / 1024);
            if (resized && d.isRunning() && vm.isRunning()) {
                problems.add(vm.id() + ": vCPUs or memory differ (" + d.vcpus() + " vCPUs, "
                        + Quantities.display(d.memory(), Dimension.SIZE) + " live) but it runs: they are changed only"
                        + " on stopped VMs; set its state to shut-off, push, then start it");
                continue;
            }
            if (d.isRunning() && !vm.isRunning()) {
                stops.add(new PushStep.Stop(vm.id(), from));
            }
            boolean wasRunning = d.isRunning() && vm.isRunning();
            if (resized) {
                changes.add(new PushStep.Change(vm.id(), from, d.vcpus(), vm.vcpus(), d.memory(), vm.memory()));
            }
            if (!from.equals(target)) {
                if (wasRunning) {
                    moves.add(new Move(vm.id(), from, target));
                } else {
                    definitionMoves.add(new PushStep.Move(vm.id(), from, target));
                }
            }
            if (!d.isRunning() && vm.isRunning()) {
                starts.add(new PushStep.Start(vm.id(), target));
            }
        }
        liveDomain.keySet().stream().filter(name -> design.vm(name).isEmpty()).sorted()
                .forEach(name -> leftAlone.add(name + " on " + liveHostOf.get(name) + ": not in the design (left alone)"));

        List<PushStep> steps = new ArrayList<>(stops);
        steps.addAll(changes);
        steps.addAll(migrations(design, moves, liveHostOf));
        steps.addAll(definitionMoves);
        steps.addAll(defines);
        steps.addAll(starts);
        if (!sshUris.isEmpty()) {
            steps.addAll(ssiFiles(design, sshUris, ssh, problems));
        }
        return new PushPlan(steps, leftAlone, problems);
    }

    private static List<PushStep> ssiFiles(Scenario design, Map<String, String> sshUris, SshHosts ssh,
                                           List<String> problems) throws LiveHostException {
        List<PushStep> steps = new ArrayList<>();
        for (ExportTarget target : List.of(ExportTarget.KERRIGHED, ExportTarget.MOSIX)) {
            boolean hasKind = design.ssiDomains().stream()
                    .anyMatch(d -> d.kind() == (target == ExportTarget.KERRIGHED ? SsiKind.KERRIGHED : SsiKind.MOSIX));
            if (!hasKind) {
                continue;
            }
            List<ExportedFile> files;
            try {
                files = Exports.export(design, target);
            } catch (ExportRefusedException e) {
                e.problems().forEach(p -> problems.add(p.describe()));
                continue;
            }
            for (ExportedFile file : files) {
                int slash = file.path().indexOf('/');
                String domainId = file.path().substring(0, slash);
                String remotePath = file.path().substring(slash);
                for (String member : design.ssiDomain(domainId).orElseThrow().members()) {
                    String uri = sshUris.get(member);
                    if (uri != null && !ssh.readIfPresent(uri, remotePath).equals(Optional.of(file.content()))) {
                        steps.add(new PushStep.WriteFile(member, remotePath, file.content(),
                                target.cliName() + " domain " + domainId));
                    }
                }
            }
        }
        return steps;
    }

    /** Each live migration with the model's predicted cost, the moves sharing links as they will. */
    private static List<PushStep> migrations(Scenario design, List<Move> moves, Map<String, String> liveHostOf) {
        if (moves.isEmpty()) {
            return List.of();
        }
        // Cost the moves from where the VMs are now: the design with the moving VMs at their live hosts.
        List<Vm> now = design.vms().stream().map(v -> liveHostOf.containsKey(v.id()) && design.host(v.placedOn())
                .isPresent() ? v.withPlacedOn(liveHostOf.get(v.id())) : v).toList();
        PlanCost plan = EvacuationPlanner.standard().apply(design.withVms(now), moves);
        Map<String, MoveCost> costs = new LinkedHashMap<>();
        plan.moves().forEach(c -> costs.put(c.move().vmId(), c));
        List<PushStep> steps = new ArrayList<>();
        for (Move m : moves) {
            MoveCost c = costs.get(m.vmId());
            String predicted = c == null ? "no prediction: " + plan.refused().stream()
                    .filter(r -> r.startsWith(m.vmId() + ":")).findFirst().orElse("refused by the model")
                    : Quantities.display(c.cost().totalSeconds(), Dimension.DURATION) + ", "
                    + Quantities.display(c.cost().downtimeSeconds(), Dimension.DURATION) + " down, "
                    + Quantities.display(c.cost().bytesSent(), Dimension.SIZE) + " sent";
            steps.add(new PushStep.Migrate(m.vmId(), m.from(), m.to(), predicted));
        }
        return steps;
    }

    /** Memory of the VMs meant to run, and each VM's vCPUs, against what each live host has. */
    private static void checkCapacity(Scenario design, Map<String, LiveHost> live, List<String> problems) {
        live.forEach((hostId, host) -> {
            double memory = 0;
            int running = 0;
            for (Vm vm : design.vms()) {
                if (!vm.placedOn().equals(hostId)) {
                    continue;
                }
                if (vm.vcpus() > host.cpus()) {
                    problems.add(vm.id() + ": " + vm.vcpus() + " vCPUs, but " + hostId + " (" + host.uri() + ") has "
                            + host.cpus() + " CPUs");
                }
                if (vm.isRunning()) {
                    memory += vm.memory();
                    running++;
                }
            }
            if (memory > host.memory()) {
                problems.add(hostId + " (" + host.uri() + ") cannot hold the design: its " + running + " running VMs"
                        + " need " + Quantities.display(memory, Dimension.SIZE) + " of memory, the host has "
                        + Quantities.display(host.memory(), Dimension.SIZE));
            }
        });
    }
}
