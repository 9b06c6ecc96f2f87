package org.clustercomposer.views.prediction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.utilization.ElementUtilization;
import org.clustercomposer.analysis.utilization.IncrementalUtilization;
import org.clustercomposer.analysis.utilization.IndexedMap;
import org.clustercomposer.analysis.utilization.Resource;
import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ScenarioValidator;

/**
 * Loads from the analytical engine: the busiest resource of each element, and a tooltip that
 * lists every resource with the formula and inputs it came from.
 */
public final class UtilizationLoadPredictor implements LoadPredictor {

    private final IncrementalUtilization analysis;
    /** The design's rule problems; the editor passes the validation its Problems panel shares. */
    private final Function<Scenario, List<Problem>> rules;
    /** The last report and the loads made from it: loads of results the next report keeps are kept too. */
    private IndexedMap<ElementUtilization> lastResults;
    private IndexedMap<ElementLoad> lastLoads;

    /** Each call analyses from what the previous one left (an edit in the editor: only what it touched). */
    public UtilizationLoadPredictor(UtilizationAnalysis analysis) {
        this(analysis, ScenarioValidator::validate);
    }

    /** {@code rules} gives the design's rule problems (an {@code IncrementalValidation} shared with Problems). */
    public UtilizationLoadPredictor(UtilizationAnalysis analysis, Function<Scenario, List<Problem>> rules) {
        this.analysis = new IncrementalUtilization(analysis);
        this.rules = rules;
    }

    public static UtilizationLoadPredictor standard() {
        return new UtilizationLoadPredictor(UtilizationAnalysis.standard());
    }

    /** A design with rule problems gets no loads: numbers from it would look valid and not be. */
    public static final class NotComputed extends IllegalStateException {
        NotComputed(int problems) {
            super("not computed: " + problems + (problems == 1 ? " problem" : " problems")
                    + " with the design's rules (see Problems)");
        }
    }

    /** @throws NotComputed when validation reports problems, as the command line refuses them */
    @Override
    public synchronized Map<String, ElementLoad> predict(Scenario scenario) {
        List<Problem> problems = rules.apply(scenario);
        if (!problems.isEmpty()) {
            throw new NotComputed(problems.size());
        }
        IndexedMap<ElementUtilization> results = (IndexedMap<ElementUtilization>) analysis.analyze(scenario).byId();
        lastLoads = lastResults != null && results.sharesKeysWith(lastResults)
                ? results.mapChanged(lastResults, lastLoads, UtilizationLoadPredictor::load)
                : results.mapValues(UtilizationLoadPredictor::load);
        lastResults = results;
        return lastLoads;
    }

    private static ElementLoad load(ElementUtilization u) {
        return new ElementLoad(u.peak(), u.overloaded(), () -> explain(u), u.peakResource());
    }

    static String explain(ElementUtilization u) {
        StringBuilder b = new StringBuilder();
        Resource peak = u.peakResource();
        appendResource(b, u, peak);
        for (Resource r : Resource.values()) {
            if (r != peak) {
                appendResource(b, u, r);
            }
        }
        if (Double.isFinite(u.powerWatts())) {
            b.append(String.format(Locale.ROOT, "Power drawn: %.0f W%n", u.powerWatts()));
        }
        return b.toString().strip();
    }

    private static void appendResource(StringBuilder b, ElementUtilization u, Resource r) {
        Explanation e = u.explanations().get(r);
        double f = r == Resource.POWER ? Double.NaN : u.fraction(r);
        if (e == null && Double.isNaN(f)) {
            return;
        }
        String name = r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT);
        b.append(r == Resource.CPU ? "CPU" : name);
        if (!Double.isNaN(f)) {
            b.append(String.format(Locale.ROOT, " %.0f %%", f * 100));
        }
        if (e != null) {
            b.append(" — ").append(e.text());
        }
        b.append('\n');
    }
}
