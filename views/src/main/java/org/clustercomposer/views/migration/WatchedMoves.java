package org.clustercomposer.views.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.DisplayNames;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.views.canvas.Captions;
import org.clustercomposer.views.prediction.MovePreview;
import org.clustercomposer.views.prediction.MovePreviewer;
import org.clustercomposer.views.prediction.ProcessMove;

/**
 * The moves the animation can show, costed exactly as elsewhere: a VM's move as the drag preview and
 * {@code drain} cost it ({@link MovePreviewer}, {@link EvacuationPlanner}); an SSI process's move as
 * {@code migration-cost --method process} does ({@link ProcessMove}). A move that cannot run is an
 * {@link IllegalArgumentException} with the reason.
 */
public final class WatchedMoves {

    private WatchedMoves() {
    }

    /** A VM's move to a host by a method (cold and block are animated as pre-copy's single paused pass). */
    public static WatchedMove vm(Scenario s, String vmId, String hostId, MigrationMethod method) {
        return vm(s, vmId, hostId, method, new MovePreviewer());
    }

    /** The same, with a previewer that keeps the design's analysis between calls. */
    public static WatchedMove vm(Scenario s, String vmId, String hostId, MigrationMethod method, MovePreviewer previewer) {
        Vm vm = s.vm(vmId).orElseThrow(() -> new IllegalArgumentException("no VM \"" + vmId + "\" in the design"));
        MovePreview p = previewer.preview(s, vmId, hostId, method);
        if (!p.runs()) {
            throw new IllegalArgumentException("cannot move " + name(s, vmId) + " to " + name(s, hostId) + ": " + p.refusal());
        }
        EvacuationPlanner planner = EvacuationPlanner.of(method);
        MigrationRequest request = planner.request(s, vm, p.cost().bandwidth());
        Optional<SsiDomain> domain = s.ssiDomains().stream().filter(d -> d.members().contains(vmId)).findFirst();
        WatchedMove.Kind kind = method == MigrationMethod.POST_COPY ? WatchedMove.Kind.POST_COPY : WatchedMove.Kind.PRE_COPY;
        return new WatchedMove(kind, name(s, vmId), name(s, p.from()), name(s, hostId), request, p.cost().cost(),
                p.cost().cost().explanation().model(), domain.map(SsiDomain::name).orElse(null),
                domain.map(d -> d.members().size()).orElse(0), domain.map(SsiDomain::remoteMemoryPenalty).orElse(0.0),
                null);
    }

    /**
     * One process of an application that runs on an SSI domain, moved from one member of the domain to another.
     * The design gives the application's memory and dirty rate; a process's memory is its share, and its written
     * set (what a lazy process migration sends) is taken as {@value ProcessMove#WRITTEN_SECONDS} s of
     * its writes, said on screen.
     */
    public static WatchedMove process(Scenario s, String appId, String fromMember, String toMember) {
        ProcessMove move;
        try {
            move = ProcessMove.of(s, appId, fromMember, toMember);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(DisplayNames.of(s).inText(e.getMessage()), e); // the window's words
        }
        Application app = s.applications().stream().filter(a -> a.id().equals(appId)).findFirst().orElseThrow();
        SsiDomain d = s.ssiDomain(move.domainId()).orElseThrow();
        MigrationRequest request = move.request();
        return new WatchedMove(WatchedMove.Kind.PROCESS, name(s, appId) + " (1 of " + app.processes() + ")",
                name(s, fromMember), name(s, toMember), request, move.cost(), move.modelName(), d.name(),
                d.members().size(), d.remoteMemoryPenalty(), "written set assumed: "
                        + MigrationScript.size(request.writableWorkingSet()) + " = " + ProcessMove.WRITTEN_SECONDS
                        + " s of its writes at " + MigrationScript.rate(app.dirtyRate())
                        + " (the design has no written set for a process)");
    }

    /** The members a process of an application on an SSI domain can be watched moving to (all but the first). */
    public static List<String> processTargets(Scenario s, String appId) {
        List<String> out = new ArrayList<>();
        s.applications().stream().filter(a -> a.id().equals(appId)).findFirst()
                .flatMap(a -> s.ssiDomain(a.placedOn()))
                .ifPresent(d -> out.addAll(d.members().subList(Math.min(1, d.members().size()), d.members().size())));
        return out;
    }

    /** The member of its domain an application's watched process starts on: the first (its home node). */
    public static String processHome(Scenario s, String appId) {
        return s.applications().stream().filter(a -> a.id().equals(appId)).findFirst()
                .flatMap(a -> s.ssiDomain(a.placedOn())).map(d -> d.members().get(0))
                .orElseThrow(() -> new IllegalArgumentException(appId + " does not run on an SSI domain"));
    }

    private static String name(Scenario s, String id) {
        return Captions.nameIn(s, id);
    }
}
