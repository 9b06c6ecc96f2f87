package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class DrainCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path sample(Path dir) throws Exception {
        Sample s = Samples.all().stream().filter(x -> x.file().endsWith("vms-on-hosts.json")).findFirst().orElseThrow();
        Path file = dir.resolve("vms-on-hosts.json");
        try (var in = s.open()) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void drainsAHostOfTheVmsOnHostsSample(@TempDir Path dir) throws Exception {
        Path file = sample(dir);
        assertEquals(0, Cli.run(new PrintWriter(out), new PrintWriter(err), "drain", file.toString(), "h1",
                "--format", "json"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertTrue(json.get("moves").size() > 0, out.toString());
        assertTrue(json.get("totalSeconds").asDouble() > 0);
        for (JsonNode m : json.get("moves")) {
            assertTrue(!m.get("to").asText().equals("h1"));
        }
    }

    @Test
    void theTotalHandsBandwidthBackAndSaysSo(@TempDir Path dir) throws Exception {
        Path file = sample(dir);
        assertEquals(0, Cli.run(new PrintWriter(out), new PrintWriter(err), "drain", file.toString(), "h1"),
                err.toString());
        System.out.println(out);
        assertTrue(out.toString().contains("(moves run together, bandwidth handed back as each finishes)"),
                out.toString());
        assertTrue(out.toString().contains("done at"), out.toString());
    }

    @Test
    void aHostWithNothingOnItSaysSo(@TempDir Path dir) throws Exception {
        Path file = sample(dir);
        ObjectMapper json = new ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        tree.putArray("vms");
        tree.putArray("applications");
        Files.writeString(file, json.writeValueAsString(tree));
        assertEquals(0, Cli.run(new PrintWriter(out), new PrintWriter(err), "drain", file.toString(), "h1"),
                err.toString());
        assertEquals("Draining h1: nothing to move (no VM or application runs on it)", out.toString().strip());
    }

    @Test
    void aDesignWithRuleProblemsGivesNoNumbers(@TempDir Path dir) throws Exception {
        Path file = sample(dir);
        Files.writeString(file, Files.readString(file).replaceFirst("\"memory\": \"[^\"]*\"", "\"memory\": \"-8 GiB\""));
        assertEquals(1, Cli.run(new PrintWriter(out), new PrintWriter(err), "drain", file.toString(), "h1"));
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("must be positive"), err.toString());
        assertTrue(err.toString().contains("problems with the design's rules: numbers not computed"), err.toString());
    }

    @Test
    void unknownHostExitsOne(@TempDir Path dir) throws Exception {
        assertEquals(1, Cli.run(new PrintWriter(out), new PrintWriter(err), "drain", sample(dir).toString(), "nope"));
        assertTrue(err.toString().contains("no host \"nope\""), err.toString());
    }
}
