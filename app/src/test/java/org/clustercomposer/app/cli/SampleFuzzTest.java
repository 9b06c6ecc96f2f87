package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.SplittableRandom;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile input against every command that reads a scenario: seeded mutants of every sample
 * (deleted fields, swapped types, extreme numbers, unit strings, control characters, cycles) run
 * through validate, analyze (text or JSON), drain and a short simulate. No exception may escape (exit 3), and no
 * command may exit 0 with numbers from a design that validation rejects, or print NaN/Infinity.
 */
class SampleFuzzTest {

    private static final int MUTANTS_PER_SAMPLE = 170;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_TEXT = List.of("1 gb/s", "300m", "1e309 GiB", "1e308 GiB",
            "-8 GiB", "0 GiB", "0 Gbit/s", "1e-300 bit/s", "NaN", "Infinity", "", " ", "\u202Eevil", "a\u0000b",
            "16 GiB", "10 Gbit/s", "2.4 GHz", "x".repeat(300), "1PiB", "-0", "1e-320 B");
    private static final List<Double> EXTREME = List.of(0.0, -1.0, -8.589934592E9, 1e308, -1e308, 1e-300,
            (double) Long.MAX_VALUE, 4097.0, 2.5, 1.0000001, 0.5);

    @Test
    void noMutantOfASampleBreaksACommand(@TempDir Path dir) throws Exception {
        SplittableRandom random = new SplittableRandom(9);
        List<String> failures = new ArrayList<>();
        int mutants = 0;
        for (Sample sample : Samples.all()) {
            JsonNode original;
            try (var in = sample.open()) {
                original = JSON.readTree(in);
            }
            for (int i = 0; i < MUTANTS_PER_SAMPLE; i++) {
                JsonNode mutant = original.deepCopy();
                int edits = 1 + random.nextInt(3);
                StringBuilder what = new StringBuilder(sample.file());
                for (int e = 0; e < edits; e++) {
                    what.append("; ").append(mutate(mutant, random));
                }
                Path file = dir.resolve("m" + mutants + ".json");
                Files.writeString(file, JSON.writeValueAsString(mutant), StandardCharsets.UTF_8);
                check(file, mutant, what.toString(), failures, random);
                mutants++;
            }
        }
        assertTrue(mutants >= 1000, "mutants: " + mutants);
        assertTrue(failures.isEmpty(), failures.size() + " failures of " + mutants + " mutants, first:\n"
                + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    }

    private static void check(Path file, JsonNode mutant, String what, List<String> failures,
                              SplittableRandom random) {
        Run validate = Run.of("validate", file.toString());
        boolean valid = validate.code == 0;
        if (validate.code != 0 && validate.code != 1) {
            failures.add(what + ": validate exit " + validate.code + " " + validate.err);
        }
        String host = firstHost(mutant);
        List<Run> runs = new ArrayList<>();
        runs.add(Run.of(random.nextBoolean() ? new String[] {"analyze", file.toString()}
                : new String[] {"analyze", file.toString(), "--format", "json"}));
        if (host != null) {
            runs.add(Run.of("drain", file.toString(), host));
        }
        runs.add(Run.of("simulate", file.toString(), "--duration", "30 min", "--step", "10 min", "--host-mtbf",
                "1 h", "--mttr", "10 min"));
        for (Run run : runs) {
            if (run.code != 0 && run.code != 1) {
                failures.add(what + ": " + run.args + " exit " + run.code + " " + run.err);
            } else if (run.code == 0 && !valid) {
                failures.add(what + ": " + run.args + " exit 0 on a design validation rejects: " + validate.out);
            } else if (run.code == 0 && (run.out.contains("NaN") || run.out.contains("Infinity"))
                    && !(mutant.toString().contains("NaN") || mutant.toString().contains("Infinity"))) {
                failures.add(what + ": " + run.args + " printed NaN or Infinity");
            } else if (run.code == 1 && valid && !run.err.contains("no host")) {
                failures.add(what + ": " + run.args + " exit 1 on a valid design: " + run.err);
            } else if (hasRawControl(run.out + run.err)) {
                failures.add(what + ": " + run.args + " printed a raw control character");
            }
        }
    }

    private static boolean hasRawControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x202E);
    }

    private static String firstHost(JsonNode scenario) {
        JsonNode hosts = scenario.path("hosts");
        return hosts.isArray() && hosts.size() > 0 && hosts.get(0).path("id").isTextual()
                ? hosts.get(0).get("id").asText() : null;
    }

    /** One random edit somewhere in the tree; says what it did. */
    private static String mutate(JsonNode root, SplittableRandom random) {
        List<JsonNode> containers = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        collect(root, "", containers, pointers);
        if (random.nextInt(8) == 0) {
            return cycle(root, random);
        }
        int pick = random.nextInt(containers.size());
        JsonNode target = containers.get(pick);
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            JsonNode value = object.get(name);
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, swapType(value, random));
                case 2 -> object.put(name, EXTREME.get(random.nextInt(EXTREME.size())));
                case 3 -> object.put(name, HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size())));
                default -> object.set(name, value.isTextual() ? NODES.textNode(value.asText() + "\u202E\u0001")
                        : NODES.textNode("\u0000"));
            }
            return pointers.get(pick) + "/" + name + "=" + object.path(name);
        }
        if (target instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(index);
            } else {
                array.add(array.get(index).deepCopy());
            }
            return pointers.get(pick) + "/" + index + " removed or copied";
        }
        return "nothing";
    }

    private static JsonNode swapType(JsonNode value, SplittableRandom random) {
        if (value.isNumber()) {
            return NODES.textNode(value.asText());
        }
        if (value.isTextual()) {
            return random.nextBoolean() ? NODES.numberNode(-1) : NODES.arrayNode().add(value);
        }
        if (value.isArray() || value.isObject()) {
            return NODES.textNode("oops");
        }
        return NODES.objectNode();
    }

    // A stacking cycle: an SSI domain over a VM that runs on that SSI domain, or a VM on itself.
    private static String cycle(JsonNode root, SplittableRandom random) {
        JsonNode vms = root.path("vms");
        JsonNode ssi = root.path("ssiDomains");
        if (vms.isArray() && vms.size() > 0 && vms.get(0) instanceof ObjectNode vm && vm.path("id").isTextual()) {
            if (ssi.isArray() && ssi.size() > 0 && ssi.get(0) instanceof ObjectNode domain
                    && domain.path("id").isTextual()) {
                vm.put("placedOn", domain.get("id").asText());
                domain.set("members", NODES.arrayNode().add(vm.get("id").asText()));
                return "cycle ssi/vm";
            }
            vm.put("placedOn", vm.get("id").asText());
            return "vm on itself";
        }
        return "no cycle";
    }

    private static void collect(JsonNode node, String pointer, List<JsonNode> into, List<String> pointers) {
        if (node instanceof ObjectNode object) {
            into.add(node);
            pointers.add(pointer);
            object.fields().forEachRemaining(f -> collect(f.getValue(), pointer + "/" + f.getKey(), into, pointers));
        } else if (node instanceof ArrayNode array) {
            into.add(node);
            pointers.add(pointer);
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), pointer + "/" + i, into, pointers);
            }
        }
    }

    private static final picocli.CommandLine COMMAND_LINE = Cli.commandLine();

    private record Run(List<String> args, int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            // One command line for every run: building picocli's model 5,000 times costs more than the runs.
            COMMAND_LINE.setOut(new PrintWriter(out));
            COMMAND_LINE.setErr(new PrintWriter(err));
            int code = COMMAND_LINE.execute(args);
            COMMAND_LINE.getOut().flush();
            COMMAND_LINE.getErr().flush();
            return new Run(List.of(args), code, out.toString(), err.toString());
        }
    }

}
