package org.clustercomposer.analysis.utilization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.RandomEdits;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** After every random edit, the incremental analysis gives exactly the full analysis's report. */
class IncrementalUtilizationTest {

    private final UtilizationAnalysis full = UtilizationAnalysis.standard();

    @ParameterizedTest
    @CsvSource({"40, 300, 6, 1", "60, 240, 10, 2", "25, 120, 4, 3", "80, 400, 0, 4", "30, 200, 12, 5"})
    void everyEditGivesTheFullReport(int hosts, int vms, int domains, long seed) {
        Scenario s = new ScenarioGenerator().generate(new GeneratorParameters(hosts, vms, domains, seed));
        IncrementalUtilization incremental = new IncrementalUtilization(full);
        incremental.analyze(s);
        RandomEdits edits = new RandomEdits(seed);
        int inPlace = 0;
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 150; step++) {
            StringBuilder name = new StringBuilder();
            Scenario before = s;
            s = edits.next(s, name);
            done.add(name.toString());
            UtilizationReport got = incremental.analyze(s);
            UtilizationReport expected = full.analyze(s);
            assertSameReport(expected, got, "after " + String.join("; ", done.subList(Math.max(0, done.size() - 3),
                    done.size())));
            inPlace += incremental.lastFullAnalysisReason().isEmpty() ? 1 : 0;
            if (!expected.problems().isEmpty()) {
                s = before; // undo, as a user would: the next edit starts from a design without problems again
                done.add("undo");
                assertSameReport(full.analyze(s), incremental.analyze(s), "after undo");
            }
        }
        // The property says nothing if every step fell back to a full analysis.
        assertTrue(inPlace > 75, "only " + inPlace + " of 150 edits were analysed incrementally");
    }

    static void assertSameReport(UtilizationReport expected, UtilizationReport actual, String where) {
        assertEquals(List.copyOf(expected.byId().keySet()), List.copyOf(actual.byId().keySet()), where);
        expected.byId().forEach((id, e) -> {
            ElementUtilization a = actual.byId().get(id);
            String at = where + ": " + id;
            assertEquals(e.kind(), a.kind(), at);
            assertEquals(Double.doubleToLongBits(e.cpu()), Double.doubleToLongBits(a.cpu()), at + " cpu " + e.cpu() + " vs " + a.cpu());
            assertEquals(Double.doubleToLongBits(e.memory()), Double.doubleToLongBits(a.memory()), at + " memory");
            assertEquals(Double.doubleToLongBits(e.network()), Double.doubleToLongBits(a.network()), at + " network");
            assertEquals(Double.doubleToLongBits(e.powerWatts()), Double.doubleToLongBits(a.powerWatts()), at + " power");
            assertEquals(e.overloaded(), a.overloaded(), at + " overloaded");
            assertEquals(e.explanations(), a.explanations(), at + " explanations");
        });
        assertEquals(expected.bottlenecks(), actual.bottlenecks(), where + ": bottlenecks");
        assertEquals(expected.summary(), actual.summary(), where + ": summary");
        assertEquals(expected.problems(), actual.problems(), where + ": problems");
    }
}
