package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MigrationCostCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void printsTheCostAsJsonWithTheAgreedKeys() throws Exception {
        int code = run("migration-cost", "--memory", "4GiB", "--dirty-rate", "80MiB/s", "--bandwidth", "1Gbit/s",
                "--working-set", "256MiB", "--format", "json");
        assertEquals(0, code, err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        for (String key : new String[] {"totalSeconds", "downtimeSeconds", "bytesSent", "rounds", "converged"}) {
            assertTrue(json.has(key), key + " in " + out);
        }
        assertTrue(json.get("totalSeconds").asDouble() > 36, out.toString());
        assertTrue(json.get("converged").asBoolean());
    }

    @ParameterizedTest
    @CsvSource({"4GiB, 1Gbit/s", "'4 GiB', '1 Gbit/s'"})
    void acceptsUnitsWithOrWithoutSpace(String memory, String bandwidth) {
        assertEquals(0, run("migration-cost", "--memory", memory, "--bandwidth", bandwidth), err.toString());
        assertTrue(out.toString().contains("data sent: 4 GiB"), out.toString());
    }

    @Test
    void coldMigrationReportsDowntimeEqualToTotal() {
        assertEquals(0, run("migration-cost", "--memory", "1GiB", "--bandwidth", "10Gbit/s", "--method", "cold"));
        assertTrue(out.toString().contains("stop-and-copy"), out.toString());
    }

    @Test
    void reportsNonConvergenceInPlainWords() {
        assertEquals(0, run("migration-cost", "--memory", "4GiB", "--dirty-rate", "500MiB/s", "--bandwidth", "1Gbit/s"));
        assertTrue(out.toString().contains("converged: no"), out.toString());
    }

    @ParameterizedTest
    @CsvSource({"--memory, 4 parsecs", "--bandwidth, fast", "--memory, -4GiB"})
    void badQuantityIsAUsageErrorNamingTheOption(String option, String value) {
        String[] args = option.equals("--memory")
                ? new String[] {"migration-cost", "--memory", value, "--bandwidth", "1Gbit/s"}
                : new String[] {"migration-cost", "--memory", "4GiB", "--bandwidth", value};
        assertEquals(2, run(args));
        assertTrue(err.toString().contains(option), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void zeroBandwidthIsRefusedWithoutStackTrace() {
        assertEquals(2, run("migration-cost", "--memory", "4GiB", "--bandwidth", "0"));
        assertTrue(err.toString().contains("bandwidth must be positive"), err.toString());
    }

    @Test
    void missingMemoryIsAUsageError() {
        assertEquals(2, run("migration-cost", "--bandwidth", "1Gbit/s"));
        assertTrue(err.toString().contains("--memory"));
    }
}
