package org.clustercomposer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustercomposer.scenario.Fixtures;
import org.clustercomposer.simulation.Simulation;
import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.fault.FaultPlan;
import org.clustercomposer.simulation.fault.FaultSpec;
import org.clustercomposer.simulation.fault.FaultTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result files spell incident kinds and SLA causes as they always have, in CSV and in JSON. */
class ResultWriterTest {

    @TempDir
    Path dir;

    private static SimulationResult hostOneFails() {
        FaultPlan plan = FaultPlan.none().withScheduled(List.of(new FaultSpec(FaultTarget.HOST, "h1", 600, 1200)));
        return new Simulation(Fixtures.small(), SimulationConfig.of(3600).withFaults(plan)).run();
    }

    @Test
    void csvTablesNameIncidentsAndCausesByTheirLabels() throws IOException {
        ResultWriter.write(hostOneFails(), dir, OutputFormat.CSV);
        List<String> incidents = Files.readAllLines(dir.resolve("incidents.csv"));
        assertEquals("time,kind,element,detail", incidents.get(0));
        assertTrue(incidents.contains("600.0,host-failed,h1,"), incidents.toString());
        assertTrue(incidents.contains("1800.0,host-repaired,h1,"), incidents.toString());
        assertTrue(incidents.stream().anyMatch(l -> l.startsWith("600.0,vm-lost,vm1,")), incidents.toString());
        List<String> sla = Files.readAllLines(dir.resolve("sla.csv"));
        assertTrue(sla.stream().anyMatch(l -> l.contains(",vm1,vm-lost,")), sla.toString());
    }

    @Test
    void jsonNamesIncidentsAndCausesByTheSameLabels() throws IOException {
        JsonNode root = new ObjectMapper().readTree(ResultWriter.writeJson(hostOneFails(), dir).toFile());
        assertEquals("host-failed", root.get("incidents").get(0).get("kind").asText());
        List<String> causes = root.get("slaViolations").findValuesAsText("cause");
        assertTrue(causes.contains("vm-lost"), causes.toString());
    }
}
