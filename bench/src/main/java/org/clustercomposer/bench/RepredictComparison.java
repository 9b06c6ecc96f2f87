package org.clustercomposer.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.clustercomposer.analysis.utilization.IncrementalUtilization;
import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.validation.IncrementalValidation;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.prediction.Prediction;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;

/**
 * Before/after of one editor re-prediction, in one run on the same edits: a VM moved to another VM's
 * host, then "before" (validate, full analysis, a hash map of loads and Prediction's copy, as the
 * predictor did before decision 0460), "after" (UtilizationLoadPredictor, incremental) and the
 * incremental analysis alone. Then the editor's whole step, Problems panel and predictor: validated
 * twice (each whole, before 0460's second section) against one shared {@link IncrementalValidation};
 * and validation alone, full against incremental. Medians over the moves, after five moves of warm-up.
 * {@code java -jar benchmarks.jar repredict [HOSTS VMS DOMAINS MOVES]} (default 1000 10000 20 80).
 */
final class RepredictComparison {

    private RepredictComparison() {
    }

    static void runSuite(String[] args) {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int vms = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int domains = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int moves = args.length > 3 ? Integer.parseInt(args[3]) : 80;
        Scenario s = new ScenarioGenerator().generate(new GeneratorParameters(hosts, vms, domains, 42));
        UtilizationAnalysis full = UtilizationAnalysis.standard();
        UtilizationLoadPredictor predictor = UtilizationLoadPredictor.standard();
        IncrementalUtilization incremental = new IncrementalUtilization(full);
        IncrementalValidation sharedValidation = new IncrementalValidation();
        UtilizationLoadPredictor sharedPredictor = new UtilizationLoadPredictor(full, sharedValidation::validate);
        IncrementalValidation validationAlone = new IncrementalValidation();
        predictor.predict(s);
        incremental.analyze(s);
        sharedPredictor.predict(s);
        validationAlone.validate(s);
        Random random = new Random(1);
        double[] before = new double[moves];
        double[] after = new double[moves];
        double[] analysisOnly = new double[moves];
        double[] editorBefore = new double[moves];
        double[] editorAfter = new double[moves];
        double[] fullValidation = new double[moves];
        double[] incrementalValidation = new double[moves];
        int fullAnalyses = 0;
        int fullValidations = 0;
        for (int i = 0; i < moves + 5; i++) {
            Vm vm = s.vms().get(random.nextInt(s.vms().size()));
            String target = s.vms().get(random.nextInt(s.vms().size())).placedOn();
            if (s.host(target).isEmpty()) {
                i--;
                continue;
            }
            Scenario next = s.withElement(vm.withPlacedOn(target));
            long t0 = System.nanoTime();
            if (!ScenarioValidator.validate(next).isEmpty()) {
                throw new IllegalStateException("a move broke the rules");
            }
            UtilizationReport report = full.analyze(next);
            Map<String, ElementLoad> loads = new HashMap<>(report.byId().size() * 2);
            report.byId().forEach((id, u) -> loads.put(id, new ElementLoad(u.peak(), u.overloaded(), () -> "",
                    u.peakResource())));
            new Prediction(1, loads, 0);
            long t1 = System.nanoTime();
            new Prediction(1, predictor.predict(next), 0);
            long t2 = System.nanoTime();
            incremental.analyze(next);
            long t3 = System.nanoTime();
            fullAnalyses += incremental.lastFullAnalysisReason().isPresent() ? 1 : 0;
            ScenarioValidator.validate(next);
            predictor.predict(next);
            long t4 = System.nanoTime();
            sharedValidation.validate(next);
            sharedPredictor.predict(next);
            long t5 = System.nanoTime();
            ScenarioValidator.validate(next);
            long t6 = System.nanoTime();
            validationAlone.validate(next);
            long t7 = System.nanoTime();
            fullValidations += validationAlone.lastFullValidationReason().isPresent() ? 1 : 0;
            if (i >= 5) {
                before[i - 5] = (t1 - t0) / 1e6;
                after[i - 5] = (t2 - t1) / 1e6;
                analysisOnly[i - 5] = (t3 - t2) / 1e6;
                editorBefore[i - 5] = (t4 - t3) / 1e6;
                editorAfter[i - 5] = (t5 - t4) / 1e6;
                fullValidation[i - 5] = (t6 - t5) / 1e6;
                incrementalValidation[i - 5] = (t7 - t6) / 1e6;
            }
            s = next;
        }
        System.out.printf(Locale.ROOT, "%d hosts / %d VMs / %d SSI domains, %d VM moves (medians):%n", hosts, vms,
                domains, moves);
        System.out.printf(Locale.ROOT, "  before: validate + full analysis + loads  %8.2f ms%n", median(before));
        System.out.printf(Locale.ROOT, "  after:  UtilizationLoadPredictor.predict  %8.2f ms   (before/after %.1fx)%n",
                median(after), median(before) / median(after));
        System.out.printf(Locale.ROOT, "  incremental analysis alone (timed apart)  %8.2f ms   (%d of %d moves fell back to a full"
                + " analysis)%n", median(analysisOnly), fullAnalyses, moves + 5);
        System.out.printf(Locale.ROOT, "  editor step, Problems + predictor, validated twice  %8.2f ms%n", median(editorBefore));
        System.out.printf(Locale.ROOT, "  editor step, one shared incremental validation     %8.2f ms   (before/after %.1fx)%n",
                median(editorAfter), median(editorBefore) / median(editorAfter));
        System.out.printf(Locale.ROOT, "  validation alone: full %.2f ms, incremental %.2f ms   (%d of %d moves fell back to a full"
                + " validation)%n", median(fullValidation), median(incrementalValidation), fullValidations, moves + 5);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
