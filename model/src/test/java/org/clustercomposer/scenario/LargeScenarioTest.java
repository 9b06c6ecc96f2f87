package org.clustercomposer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one test that needs a large scenario: 10,000 hosts and 100,000 VMs are generated, saved,
 * loaded back equal and validated clean, each step linear. Prints its timings (they are not
 * asserted tightly: a shared build machine is noisy; bench/ measures).
 */
class LargeScenarioTest {

    @Test
    void tenThousandHostsAndHundredThousandVmsSaveReloadAndValidate(@TempDir Path dir) throws Exception {
        long start = System.nanoTime();
        Scenario generated = new ScenarioGenerator().generate(new GeneratorParameters(10_000, 100_000, 1_000, 42));
        long generatedAt = System.nanoTime();
        Path file = dir.resolve("large.json");
        ScenarioFiles.save(generated, file);
        long savedAt = System.nanoTime();
        Scenario loaded = ScenarioFiles.load(file);
        long loadedAt = System.nanoTime();
        List<?> problems = ScenarioValidator.validate(loaded);
        long validatedAt = System.nanoTime();

        System.out.printf("10,000 hosts / 100,000 VMs: generate %d ms, save %d ms (%.1f MB), load %d ms,"
                        + " validate %d ms, total %d ms%n", ms(generatedAt - start), ms(savedAt - generatedAt),
                Files.size(file) / 1e6, ms(loadedAt - savedAt), ms(validatedAt - loadedAt), ms(validatedAt - start));
        assertEquals(generated, loaded);
        assertEquals(List.of(), problems);
        assertTrue(validatedAt - start < 60e9, "linear work finishes in well under a minute");
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
