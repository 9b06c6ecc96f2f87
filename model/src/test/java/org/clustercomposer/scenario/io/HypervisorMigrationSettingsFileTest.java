package org.clustercomposer.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.Fixtures;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.topology.HypervisorMigrationSettings.Transport;
import org.junit.jupiter.api.Test;

/** A hypervisor's migration settings in the file: written only when set, read back, bad ones named by JSON path. */
class HypervisorMigrationSettingsFileTest {

    private static final double MIB = 1 << 20;

    static Scenario withSettings(HypervisorMigrationSettings settings) {
        Scenario s = Fixtures.small();
        return s.withHosts(s.hosts().stream().map(h -> h.id().equals("h1")
                ? h.withHypervisor(h.hypervisor().withMigration(settings)) : h).toList());
    }

    @Test
    void everySettingIsWrittenWithItsUnitAndReadBack() throws Exception {
        HypervisorMigrationSettings all = new HypervisorMigrationSettings(512 * MIB, 0.1, 2, true, 64 * MIB, null,
                Transport.tls, null, "lab-profile.json");
        Scenario s = withSettings(all);
        String json = ScenarioFiles.toJson(s);
        assertTrue(json.contains("\"migration\": {\"maxBandwidth\": \"512 MiB/s\", \"downtimeLimit\": \"100 ms\", "
                + "\"multifd\": 2, \"autoConverge\": true, \"xbzrleCache\": \"64 MiB\", \"transport\": \"tls\", "
                + "\"profile\": \"lab-profile.json\"}"), json);
        assertEquals(s, ScenarioFiles.read(json));
    }

    @Test
    void uncappedIsZeroInTheFileAndDefaultsAreLeftOut() throws Exception {
        Scenario uncapped = withSettings(HypervisorMigrationSettings.qemuDefaults()
                .withMaxBandwidth(Double.POSITIVE_INFINITY));
        String json = ScenarioFiles.toJson(uncapped);
        assertTrue(json.contains("\"migration\": {\"maxBandwidth\": \"0 B/s\"}")
                || json.contains("\"maxBandwidth\": \"0"), json);
        Host h1 = ScenarioFiles.read(json).host("h1").orElseThrow();
        assertEquals(Double.POSITIVE_INFINITY, h1.hypervisor().migration().maxBandwidth());
        String plain = ScenarioFiles.toJson(Fixtures.small());
        assertFalse(plain.contains("\"migration\""), "QEMU's defaults are not written");
        assertEquals(HypervisorMigrationSettings.qemuDefaults(),
                ScenarioFiles.read(plain).host("h1").orElseThrow().hypervisor().migration());
    }

    @Test
    void aWrongTypeOrUnknownValueIsNamedByItsJsonPath() throws Exception {
        String json = ScenarioFiles.toJson(withSettings(HypervisorMigrationSettings.qemuDefaults().withMultifdChannels(2)))
                .replace("\"multifd\": 2", "\"multifd\": 2, \"autoConverge\": \"yes\", \"transport\": \"udp\", "
                        + "\"downtimeLimt\": \"1 s\"");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(json));
        List<String> messages = e.problems().stream().map(Problem::describe).toList();
        assertTrue(messages.contains("/hosts/0/hypervisor/migration/autoConverge: expected true or false, got \"yes\""),
                messages.toString());
        assertTrue(messages.contains("/hosts/0/hypervisor/migration/transport: unknown transport \"udp\"; expected "
                + "\"tcp\", \"tls\", \"ssh\" or \"rdma\""), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("/hosts/0/hypervisor/migration: unknown field "
                + "\"downtimeLimt\"; did you mean \"downtimeLimit\"?")), messages.toString());
    }

    @Test
    void valuesQemuWouldRefuseAreValidationProblemsAtTheirPath() throws Exception {
        String json = ScenarioFiles.toJson(withSettings(new HypervisorMigrationSettings(null, 0.3, 300, null, null,
                null, null, null, " ")))
                .replace("\"downtimeLimit\": \"300 ms\"", "\"downtimeLimit\": \"-1 s\", \"maxBandwidth\": \"-5 MiB/s\"");
        List<String> problems = ScenarioValidator.validate(ScenarioFiles.read(json)).stream().map(Problem::describe)
                .toList();
        assertTrue(problems.contains("/hosts/0/hypervisor/migration/maxBandwidth: must be positive, got \"-5 MiB/s\""),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/hosts/0/hypervisor/migration/downtimeLimit: must "
                + "not be negative")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/hosts/0/hypervisor/migration/multifd: must be at "
                + "most 255")), problems.toString());
        assertTrue(problems.contains("/hosts/0/hypervisor/migration/profile: must not be empty"), problems.toString());
    }
}
