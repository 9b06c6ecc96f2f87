package org.clustercomposer.views.prediction;

import java.util.List;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.Move;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.analysis.utilization.NetworkLoad;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
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

    /** The calibration profiles the design's hypervisors name (those beside its file). */
    public void setProfiles(MigrationProfiles newProfiles) {
        profiles = newProfiles == null ? MigrationProfiles.none() : newProfiles;
    }

    /** The move of a VM to a host by a method; a target that is not another host gives a refusal. */
    public MovePreview preview(Scenario s, String vmId, String target, MigrationMethod method) {
        Vm vm = s.vm(vmId).orElseThrow(() -> new IllegalArgumentException("no VM \"" + vmId + "\""));
        String from = vm.placedOn();
        if (s.kindOf(target).orElse(null) != ElementKind.HOST) {
            return new MovePreview(vmId, from, target, method, null, "a cost is predicted for moves between hosts");
        }
        if (s.kindOf(from).orElse(null) != ElementKind.HOST) {
            return new MovePreview(vmId, from, target, method, null, vmId + " runs on an SSI domain, not on a host");
        }
        if (from.equals(target)) {
            return new MovePreview(vmId, from, target, method, null, "already on " + target);
        }
        EvacuationPlanner planner = EvacuationPlanner.of(method, profiles);
        if (analysed != s) {
            report = planner.analysis().analyze(s);
            network = NetworkLoad.of(s);
            analysed = s;
        }
        PlanCost plan;
        try {
            plan = planner.apply(s, report, network, List.of(new Move(vmId, from, target)));
        } catch (IllegalArgumentException e) {
            return new MovePreview(vmId, from, target, method, null, e.getMessage()); // a named profile is unreadable
        }
        if (plan.moves().isEmpty()) {
            String why = plan.refused().isEmpty() ? "the move cannot run" : plan.refused().get(0);
            return new MovePreview(vmId, from, target, method, null, why.startsWith(vmId + ": ")
                    ? why.substring(vmId.length() + 2) : why);
        }
        return new MovePreview(vmId, from, target, method, plan.moves().get(0), null);
    }
}
