package org.clustercomposer.analysis.utilization;

import java.util.Optional;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.ScenarioChange;

/**
 * The utilization analysis of a scenario that is edited step by step (the editor): each call
 * analyses the next scenario from what the previous call left. The report is exactly that of
 * {@link UtilizationAnalysis#analyze} (every number, every problem), checked on random edits by
 * IncrementalUtilizationTest.
 *
 * <p>After an in-place edit ({@link ScenarioChange#inPlace}: records replaced, say a VM moved, a
 * host's cores, an SSI domain's members) it resolves the ids of the replaced records only and takes
 * every other reference, the routing tree and the id index over; it adds the numbers up again over
 * int-indexed arrays, in the order of a full analysis (a sum updated by subtracting and adding would
 * drift by rounding from the full one); it builds results only for elements whose record or inputs
 * changed, bit for bit, and keeps the others. Everything else is a full analysis: elements added,
 * removed or renamed; a link, switch or storage replaced (the routing tree may change); repeated
 * ids; an earlier or new report with problems (their order follows the whole scenario).
 */
public final class IncrementalUtilization {

    private final UtilizationAnalysis analysis;
    private Scenario scenario;
    private DemandFlow flow;
    private UtilizationReport report;
    private String fullBecause;

    public IncrementalUtilization(UtilizationAnalysis analysis) {
        this.analysis = analysis;
    }

    public synchronized UtilizationReport analyze(Scenario next) {
        if (next == scenario) {
            return report;
        }
        ScenarioChange change = scenario == null ? null : ScenarioChange.between(scenario, next);
        String why = whyFull(change);
        if (why == null) {
            DemandFlow edited = new DemandFlow(next, new NetworkLoad(flow.network()), flow, change);
            edited.run();
            if (edited.problems().isEmpty()) {
                report = analysis.report(edited, flow, report);
                flow = edited;
                scenario = next;
                fullBecause = null;
                return report;
            }
            why = "the edit gives the analysis problems";
        }
        flow = new DemandFlow(next, new NetworkLoad(next));
        flow.run();
        report = analysis.report(flow, null, null);
        scenario = next;
        fullBecause = why;
        return report;
    }

    /** Why the last call analysed the whole scenario; empty when it was incremental. */
    public synchronized Optional<String> lastFullAnalysisReason() {
        return Optional.ofNullable(fullBecause);
    }

    private String whyFull(ScenarioChange change) {
        if (change == null) {
            return "first analysis";
        }
        if (!change.inPlace()) {
            return "elements were added, removed or renamed";
        }
        if (change.replacedAny(ElementKind.LINK) || change.replacedAny(ElementKind.SWITCH)
                || change.replacedAny(ElementKind.STORAGE)) {
            return "the network changed (a link, switch or storage)";
        }
        if (!report.problems().isEmpty()) {
            return "the earlier analysis had problems";
        }
        int elements = scenario.hosts().size() + scenario.switches().size() + scenario.storages().size()
                + scenario.links().size() + scenario.vms().size() + scenario.ssiDomains().size();
        if (report.byId().size() != elements) {
            return "ids repeat";
        }
        return null;
    }
}
