package org.clustercomposer.scenario.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.io.ScenarioFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Control and bidi characters in ids and names are problems, and never printed raw. */
class UnsafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"h\u202E1", "h\u00001", "h\u001b[31m1", "h\u20661", "h\u00851"})
    void anIdWithControlOrBidiCharactersIsAProblemPrintedEscaped(String id) throws Exception {
        String json = """
                {"format": "cluster-composer-scenario", "version": 2,
                 "hosts": [{"id": "%s", "cores": 4, "coreSpeed": "2 GHz", "memory": "16 GiB",
                  "nicBandwidth": "1 Gbit/s", "idlePower": "100 W", "peakPower": "200 W"}]}
                """.formatted(id.replace("\u0000", "\\u0000").replace("\u001b", "\\u001b").replace("\u0085", "\\u0085"));
        List<Problem> problems = ScenarioValidator.validate(ScenarioFiles.read(json));
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("/hosts/0/id")
                && p.message().startsWith("must not hold control or bidirectional characters")), problems.toString());
        for (Problem p : problems) {
            assertEquals(-1, Quote.firstUnsafe(p.describe()), p.describe());
        }
        assertFalse(problems.get(0).describe().contains(id), "printed escaped");
    }
}
