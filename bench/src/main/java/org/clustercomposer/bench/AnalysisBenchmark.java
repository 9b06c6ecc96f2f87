package org.clustercomposer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Analysis of a generated scenario (validation and utilization, as {@code analyze} runs them) versus
 * loading the same scenario from its file, in one run, so the ratio compares like with like on the
 * same machine; and one editor step: a VM moved, then the re-prediction the editor runs (validation,
 * incremental analysis, loads). Ten VMs per host, SSI domains for a tenth of the hosts (1,000 at
 * 10,000 hosts, as {@code generate --ssi-domains 1000 --seed 42}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {

    @Param({"1000", "10000"})
    public int hosts;

    private Scenario scenario;
    private Path file;
    private final UtilizationAnalysis analysis = UtilizationAnalysis.standard();
    private final UtilizationLoadPredictor predictor = UtilizationLoadPredictor.standard();
    private final Random random = new Random(42);
    private Scenario edited;
    private Set<String> vmHosts;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        scenario = new ScenarioGenerator().generate(new GeneratorParameters(hosts, hosts * 10, hosts / 10, 42));
        file = Files.createTempFile("bench-" + hosts + "-", ".json");
        ScenarioFiles.save(scenario, file);
        edited = scenario;
        vmHosts = scenario.hosts().stream().map(Host::id).collect(Collectors.toSet());
        predictor.predict(edited);
    }

    @TearDown(Level.Trial)
    public void delete() throws Exception {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public UtilizationReport analyze() {
        if (!ScenarioValidator.validate(scenario).isEmpty()) {
            throw new IllegalStateException("the generated design breaks the rules");
        }
        return analysis.analyze(scenario);
    }

    /** One editor step: a VM moved to the host of another VM, then re-predicted from the previous step. */
    @Benchmark
    public Map<String, ElementLoad> moveAndRepredict() {
        Vm vm = edited.vms().get(random.nextInt(edited.vms().size()));
        String target = edited.vms().get(random.nextInt(edited.vms().size())).placedOn();
        while (!vmHosts.contains(target)) { // a host, not an SSI domain: no move may stack a VM under itself
            target = edited.vms().get(random.nextInt(edited.vms().size())).placedOn();
        }
        edited = edited.withElement(vm.withPlacedOn(target));
        return predictor.predict(edited);
    }

    @Benchmark
    public Scenario load() throws Exception {
        return ScenarioFiles.load(file);
    }

    /** Runs both benchmarks at both sizes with short settings and prints medians and the ratio. */
    static void runSuite(String[] args) throws Exception {
        Options options = new OptionsBuilder().include(AnalysisBenchmark.class.getName())
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .forks(1).jvmArgsAppend("-Xmx6g").build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> medians = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "") + "@" + r.getParams().getParam("hosts");
            medians.put(name, r.getPrimaryResult().getStatistics().getPercentile(50));
        }
        System.out.println();
        System.out.println("hosts   VMs      analyze median   load median   analyze/load   move+re-predict median");
        for (String h : new String[] {"1000", "10000"}) {
            double a = medians.getOrDefault("analyze@" + h, Double.NaN);
            double l = medians.getOrDefault("load@" + h, Double.NaN);
            double e = medians.getOrDefault("moveAndRepredict@" + h, Double.NaN);
            System.out.printf(Locale.ROOT, "%-7s %-8d %10.1f ms    %8.1f ms     %.3f          %8.1f ms%n", h,
                    Integer.parseInt(h) * 10, a, l, a / l, e);
        }
    }
}
