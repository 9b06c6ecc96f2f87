package org.clustercomposer.views.prediction;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.Move;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.analysis.utilization.NetworkLoad;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.DisplayNames;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;

/**
 * Costs a VM's move to a host as {@link EvacuationPlanner#apply} does for the command line: the
 * move's bandwidth is its path's slowest share after the other traffic, the destination must have
 * room. The design's analysis and network load are computed once per scenario value and kept, so
 * each new pointer target during a drag costs microseconds.
 */
public final class MovePreviewer {

    private MigrationProfiles profiles = MigrationProfiles.none();
    private Scenario analysed;
    private UtilizationReport report;
    private NetworkLoad network;
    private Scenario named;
    private DisplayNames names;

    /** The calibration profiles the design's hypervisors name (those beside its file). */
    public void setProfiles(MigrationProfiles newProfiles) {
        profiles = newProfiles == null ? MigrationProfiles.none() : newProfiles;
    }

    /** The move of a VM to a host by a method; a target that is not another host gives a refusal. */
    public MovePreview preview(Scenario s, String vmId, String target, MigrationMethod method) {
        Vm vm = s.vm(vmId).orElseThrow(() -> new IllegalArgumentException("no VM \"" + vmId + "\""));
        DisplayNames names = names(s);
        String from = vm.placedOn();
        if (s.kindOf(from).orElse(null) != ElementKind.HOST) {
            return new MovePreview(vmId, from, target, method, null, onSsi(s, names, vmId, from), names);
        }
        if (s.kindOf(target).orElse(null) != ElementKind.HOST) {
            return new MovePreview(vmId, from, target, method, null, "a cost is predicted for moves between hosts", names);
        }
        if (from.equals(target)) {
            return new MovePreview(vmId, from, target, method, null, "already on " + names.name(target), names);
        }
        EvacuationPlanner planner = EvacuationPlanner.of(method, profiles);
        analyse(s, planner);
        PlanCost plan;
        try {
            plan = planner.apply(s, report, network, List.of(new Move(vmId, from, target)));
        } catch (IllegalArgumentException e) {
            // a named profile is unreadable
            return new MovePreview(vmId, from, target, method, null, names.inText(e.getMessage()), names);
        }
        if (plan.moves().isEmpty()) {
            String why = plan.refused().isEmpty() ? "the move cannot run" : plan.refused().get(0);
            return new MovePreview(vmId, from, target, method, null, names.inText(why.startsWith(vmId + ": ")
                    ? why.substring(vmId.length() + 2) : why), names);
        }
        return new MovePreview(vmId, from, target, method, plan.moves().get(0), null, names);
    }

    /**
     * Why a VM on an SSI domain (the "VMs on an SSI" stacking) gets no live-migration cost: an aggregate VM spans the
     * members; a VM that runs as a process of the SSI is moved by the SSI's scheduler, and which member runs it is
     * not in the design.
     */
    private static String onSsi(Scenario s, DisplayNames names, String vmId, String domainId) {
        SsiDomain d = s.ssiDomain(domainId).orElse(null);
        String vm = names.name(vmId);
        String domain = names.name(domainId);
        if (d == null) {
            return vm + " runs on " + domain + ", not on a host";
        }
        if (d.kind() == SsiKind.AGGREGATE_VM) {
            return vm + " is an aggregate VM spread over the " + d.members().size() + " members of " + domain
                    + ": it does not move to one host as a whole, so no migration cost is predicted";
        }
        return vm + " runs as a process of SSI " + domain + ", which moves it between its members (process "
                + "migration); the design does not say which member runs it, so no cost is predicted";
    }

    // The canvas's names for one scenario value, kept while it is the one dragged over.
    private DisplayNames names(Scenario s) {
        if (named != s) {
            names = DisplayNames.of(s);
            named = s;
        }
        return names;
    }

    private void analyse(Scenario s, EvacuationPlanner planner) {
        if (analysed != s) {
            report = planner.analysis().analyze(s);
            network = NetworkLoad.of(s);
            analysed = s;
        }
    }

    /**
     * The drop of an application that runs on an SSI domain onto a target: a member of the domain (or the host of
     * exactly one member VM) takes the processes of the other members by SSI process migration; any other target is
     * refused with the reason. Null when the application is on no SSI domain, or the target is its own domain.
     */
    public ProcessMovePreview previewProcesses(Scenario s, String appId, String target) {
        Application app = ProcessMove.application(s, appId);
        SsiDomain d = ProcessMove.domainOf(s, app).orElse(null);
        if (d == null || target == null || target.equals(d.id())) {
            return null;
        }
        DisplayNames names = names(s);
        List<String> onTarget = membersAt(s, d, target);
        if (onTarget.size() != 1) {
            String why = onTarget.isEmpty() ? names.name(target) + " is not a member of " + names.name(d.id())
                    + ": processes migrate only between its members (a drop there restarts them)"
                    : names.name(target) + " runs " + onTarget.size() + " members of " + names.name(d.id()) + " ("
                    + String.join(", ", onTarget.stream().map(names::name).toList())
                    + "): drop on one of them to see its processes' migration";
            return ProcessMovePreview.refused(appId, d.id(), target, app.processes(), why, names);
        }
        String member = onTarget.get(0);
        analyse(s, EvacuationPlanner.of(MigrationMethod.PRE_COPY, profiles));
        List<ProcessMovePreview.Group> groups = new ArrayList<>();
        List<String> members = d.members();
        try {
            for (int k = 0; k < members.size(); k++) {
                int count = ProcessMove.processesOn(app, d, k);
                if (!members.get(k).equals(member) && count > 0) {
                    groups.add(new ProcessMovePreview.Group(ProcessMove.of(s, network, appId, members.get(k), member), count));
                }
            }
        } catch (IllegalArgumentException e) {
            return ProcessMovePreview.refused(appId, d.id(), member, app.processes(), names.inText(e.getMessage()), names);
        }
        if (groups.isEmpty()) {
            return ProcessMovePreview.refused(appId, d.id(), member, app.processes(), "all its processes already run on "
                    + names.name(member), names);
        }
        return new ProcessMovePreview(appId, d.id(), member, app.processes(), groups, null, names);
    }

    // The members a drop lands on: the target itself, or the member VMs on a target host.
    private static List<String> membersAt(Scenario s, SsiDomain d, String target) {
        if (d.members().contains(target)) {
            return List.of(target);
        }
        return d.members().stream().filter(m -> s.vm(m).map(vm -> vm.placedOn().equals(target)).orElse(false)).toList();
    }
}
