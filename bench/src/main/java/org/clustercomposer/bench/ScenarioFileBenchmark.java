package org.clustercomposer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating, writing, reading and validating scenarios of growing size: the foundation work must
 * grow linearly (10x the VMs, about 10x the time). Run:
 * {@code java -cp bench/target/benchmarks.jar org.openjdk.jmh.Main ScenarioFileBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class ScenarioFileBenchmark {

    /** VMs; hosts are a tenth of them and SSI domains a hundredth. */
    @Param({"10000", "100000"})
    int vms;

    private Scenario scenario;
    private String json;

    @Setup
    public void setUp() {
        scenario = generate();
        json = ScenarioFiles.toJson(scenario);
    }

    private Scenario generate() {
        return new ScenarioGenerator().generate(new GeneratorParameters(vms / 10, vms, vms / 100, 42));
    }

    @Benchmark
    public Scenario generateScenario() {
        return generate();
    }

    @Benchmark
    public String writeJson() {
        return ScenarioFiles.toJson(scenario);
    }

    @Benchmark
    public Scenario readJson() throws ScenarioFileException {
        return ScenarioFiles.read(json);
    }

    @Benchmark
    public List<Problem> validate() {
        return ScenarioValidator.validate(scenario);
    }
}
