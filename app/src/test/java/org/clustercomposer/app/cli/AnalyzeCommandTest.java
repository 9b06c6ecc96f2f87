package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AnalyzeCommandTest {

    private static final String SCENARIO = """
            {"format": "cluster-composer-scenario", "version": 2, "name": "two hosts",
             "hosts": [
               {"id": "h1", "name": "n1", "cores": 4, "coreSpeed": "2 GHz", "memory": "16 GiB",
                "nicBandwidth": "1 Gbit/s", "idlePower": "100 W", "peakPower": "200 W",
                "hypervisor": {"kind": "kvm", "cpuOverhead": 0.05, "ioOverhead": 0.1}},
               {"id": "h2", "name": "n2", "cores": 4, "coreSpeed": "2 GHz", "memory": "16 GiB",
                "nicBandwidth": "1 Gbit/s", "idlePower": "100 W", "peakPower": "200 W",
                "hypervisor": {"kind": "kvm", "cpuOverhead": 0.05, "ioOverhead": 0.1}}],
             "switches": [{"id": "sw", "name": "sw", "ports": 8, "bandwidth": "16 Gbit/s"}],
             "links": [{"id": "l1", "from": "h1", "to": "sw", "bandwidth": "1 Gbit/s", "latency": "50 us"},
                       {"id": "l2", "from": "h2", "to": "sw", "bandwidth": "1 Gbit/s", "latency": "50 us"}],
             "vms": [
               {"id": "busy", "name": "busy", "vcpus": 4, "memory": "8 GiB", "disk": "20 GiB", "placedOn": "h1",
                "workload": {"cpuUtilization": 1.0, "dirtyRate": "50 MiB/s", "writableWorkingSet": "256 MiB",
                             "networkTraffic": "400 Mbit/s", "trafficTo": "calm"}},
               {"id": "calm", "name": "calm", "vcpus": 1, "memory": "2 GiB", "disk": "20 GiB", "placedOn": "h2",
                "workload": {"cpuUtilization": 0.1, "dirtyRate": "1 MiB/s", "writableWorkingSet": "16 MiB",
                             "networkTraffic": "0 bit/s"}}]}
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void listsOverloadsFirstThenEverySectionAndASummary(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), SCENARIO);
        assertEquals(0, run("analyze", file.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.indexOf("Overloaded (1)") < text.indexOf("Hosts (2)"), text);
        assertTrue(text.contains("h1") && text.contains("OVERLOADED"), text);
        assertTrue(text.contains("Links (2)") && text.contains("VMs (2)") && text.contains("Summary"), text);
    }

    @Test
    void aDesignThatBreaksRulesGivesProblemsAndNoNumbers(@TempDir Path dir) throws Exception {
        // More vCPUs than the host has cores, and a VM of -8 GiB: numbers from it would look valid and not be.
        Path file = Files.writeString(dir.resolve("s.json"), SCENARIO.replace("\"vcpus\": 4", "\"vcpus\": 8")
                .replace("\"memory\": \"2 GiB\"", "\"memory\": \"-8 GiB\""));
        assertEquals(1, run("analyze", file.toString()));
        assertTrue(err.toString().contains("s.json: /vms/0/vcpus: 8 vCPUs are more than the 4 cores"), err.toString());
        assertTrue(err.toString().contains("s.json: 2 problems with the design's rules: numbers not computed"),
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void jsonCarriesFractionsFlagsAndExplanations(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), SCENARIO);
        assertEquals(0, run("analyze", file.toString(), "--format", "json"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("h1", json.get("overloads").get(0).asText());
        JsonNode h1 = json.get("elements").get(0);
        // 4 busy vCPUs + 5 % hypervisor overhead on 4 cores.
        assertEquals((4 + 0.2) / 4, h1.get("cpu").asDouble(), 1e-9);
        assertTrue(h1.get("explanation").asText().contains("cores = 4"), h1.toString());
        assertTrue(json.get("elements").get(2).get("memory").isNull(), "a link has no memory");
    }

    @Test
    void analyzesEverySample(@TempDir Path dir) throws Exception {
        for (Sample sample : Samples.all()) {
            Path file = dir.resolve(sample.file().replaceAll(".*/", ""));
            try (var in = sample.open()) {
                Files.copy(in, file);
            }
            StringWriter text = new StringWriter();
            int code = Cli.run(new PrintWriter(text), new PrintWriter(err), "analyze", file.toString());
            assertEquals(0, code, sample.title() + ": " + err);
            assertTrue(text.toString().contains("Summary"), sample.title());
        }
    }

    @Test
    void unreadableFileExitsOneWithProblemLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"cluster-composer-scenario\", ");
        assertEquals(1, run("analyze", file.toString()));
        assertTrue(err.toString().contains("bad.json"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void missingFileExitsOne(@TempDir Path dir) {
        assertEquals(1, run("analyze", dir.resolve("nope.json").toString()));
        assertTrue(err.toString().contains("nope.json"), err.toString());
    }
}
