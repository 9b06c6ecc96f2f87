package org.clustercomposer.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Fixtures;
import org.clustercomposer.scenario.PolicySettings;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.junit.jupiter.api.Test;

/** The scenario's policy settings: written only when set, read back, bad ones named by their JSON path. */
class PolicySettingsFileTest {

    @Test
    void everySettingIsWrittenAndReadBack() throws Exception {
        Scenario s = Fixtures.small().withPolicy(new PolicySettings(2, 1800.0, 0.05, 4, 0));
        String json = ScenarioFiles.toJson(s);
        assertTrue(json.replaceAll("\\s+", " ").contains("\"policy\": { \"triggerSteps\": 2, \"coolDown\": \"30 min\", "
                + "\"margin\": 0.05, \"maxMigrationsPerHost\": 4, \"maxMigrationsPerLink\": 0 }"), json);
        assertEquals(s, ScenarioFiles.read(json));
        assertTrue(ScenarioValidator.validate(s).isEmpty(), ScenarioValidator.validate(s).toString());
    }

    @Test
    void aDesignWithoutSettingsWritesNoneAndReadsNone() throws Exception {
        String json = ScenarioFiles.toJson(Fixtures.small());
        assertFalse(json.contains("\"policy\""), json);
        assertEquals(PolicySettings.none(), ScenarioFiles.read(json).policy());
        Scenario some = ScenarioFiles.read(json.replaceFirst("\\{", "{\"policy\": {\"coolDown\": \"2 h\"}, "));
        assertEquals(new PolicySettings(null, 7200.0, null, null, null), some.policy());
    }

    @Test
    void aWrongTypeOrUnknownFieldIsNamedByItsJsonPath() {
        String json = ScenarioFiles.toJson(Fixtures.small()).replaceFirst("\\{", "{\"policy\": {\"triggerSteps\": 1.5, "
                + "\"coolDown\": 60, \"margin\": \"a lot\", \"maxMigrationPerHost\": 2}, ");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(json));
        List<String> messages = e.problems().stream().map(Problem::describe).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("/policy/triggerSteps: ")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("/policy/margin: ")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("/policy: unknown field \"maxMigrationPerHost\"; "
                + "did you mean \"maxMigrationsPerHost\"?")), messages.toString());
        assertFalse(messages.stream().anyMatch(m -> m.startsWith("/policy/coolDown")), "60 is 60 s: " + messages);
    }

    @Test
    void valuesARunWouldRefuseAreValidationProblemsAtTheirPath() throws Exception {
        Scenario s = Fixtures.small().withPolicy(new PolicySettings(0, -60.0, 1.0, -1, 5000));
        List<String> problems = ScenarioValidator.validate(ScenarioFiles.read(ScenarioFiles.toJson(s))).stream()
                .map(Problem::describe).toList();
        assertEquals(List.of("/policy/triggerSteps: must be at least 1, got 0",
                "/policy/coolDown: must not be negative, got \"-1 min\"",
                "/policy/margin: must be between 0 and 1 (excluded), got 1",
                "/policy/maxMigrationsPerHost: must be at least 0, got -1",
                "/policy/maxMigrationsPerLink: must be at most 1000, got 5000 (is that a typo?)"), problems);
    }
}
