package org.clustercomposer.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lists and the layout of a current file are read straight from the parser; the same lists
 * before "format" and "version" (and every version-1 file) are read from a tree. Both must give the
 * same scenario and the same problems, word for word: the tree is the reference.
 */
class StreamedReadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every kind of element with every field the format has, some nested twice. */
    private static final String BASE = """
            {"format": "cluster-composer-scenario", "version": 2, "name": "all fields", "description": "d",
             "hosts": [
              {"id": "h1", "name": "one", "cores": 8, "coreSpeed": "2.5 GHz", "memory": "64 GiB", "nicBandwidth": "10 Gbit/s",
               "idlePower": "60 W", "peakPower": "300 W", "hypervisor": {"kind": "kvm", "cpuOverhead": 0.04, "ioOverhead": 0.1,
               "migration": {"maxBandwidth": "1 GiB/s", "downtimeLimit": "300 ms", "multifd": 4, "autoConverge": true,
               "xbzrleCache": "64 MiB", "transport": "tcp", "profile": "p"}}},
              {"id": "h2", "cores": 8, "coreSpeed": 2.5e9, "memory": 68719476736, "nicBandwidth": "10 Gbit/s",
               "idlePower": "60 W", "peakPower": "300 W"}],
             "switches": [{"id": "s1", "name": "tor", "ports": 48, "bandwidth": "100 Gbit/s"}],
             "links": [{"id": "l1", "from": "h1", "to": "s1", "bandwidth": "10 Gbit/s", "latency": "50 us"},
              {"id": "l2", "from": "h2", "to": "s1", "bandwidth": "10 Gbit/s"}],
             "storages": [{"id": "st1", "name": "nas", "capacity": "10 TiB", "bandwidth": "10 Gbit/s"}],
             "vms": [
              {"id": "v1", "name": "web", "vcpus": 2, "memory": "4 GiB", "disk": "20 GiB", "placedOn": "h1", "state": "running",
               "workload": {"cpuUtilization": 0.5, "dirtyRate": "50 MiB/s", "writableWorkingSet": "1 GiB",
               "networkTraffic": "100 Mbit/s", "trafficTo": "v2", "residentMemory": "3 GiB"}},
              {"id": "v2", "vcpus": 1, "memory": "2 GiB", "placedOn": "ssi1", "state": "shut-off"}],
             "ssiDomains": [{"id": "ssi1", "name": "kerrighed", "kind": "kerrighed", "members": ["h1", "h2"],
               "remoteMemoryPenalty": 0.2, "schedulingOverhead": 0.05}],
             "applications": [{"id": "a1", "name": "mpi", "placedOn": "ssi1", "processes": 4, "cpuDemand": 2.5,
               "memory": "8 GiB", "communication": "1 Gbit/s", "dirtyRate": "10 MiB/s"}],
             "layout": {"h1": {"x": 10, "y": 20}, "v1": {"x": 1.5, "y": -3}},
             "policy": {"triggerSteps": 3, "coolDown": "1 h", "margin": 0.1, "maxMigrationsPerHost": 2,
               "maxMigrationsPerLink": 4}}
            """;

    /** Values of every JSON type and the numbers whose node types differ (long, big integer, exponent, -0, huge). */
    private static final List<String> VALUES = List.of("\"abc\"", "\"16 GiB\"", "\"\"", "\"2 parsecs\"", "3", "0", "-1",
            "2.5", "1.0", "-0", "1e3", "1e400", "-1e400", "12345678901", "123456789012345678901234567890",
            "0.1000000000000000000000000000001", "true", "false", "null", "[]", "[\"x\"]", "[1, {\"a\": 2}]", "{}",
            "{\"a\": 1}", "{\"x\": \"1\", \"y\": null}", "\"" + "z".repeat(70) + "\"", "\"h1\"");

    @Test
    void theBaseFileReadsTheSameEitherWay() throws Exception {
        Scenario streamed = ScenarioFiles.read(BASE);
        assertEquals(streamed, ScenarioFiles.read(listsFirst(BASE)));
        assertEquals(2, streamed.layout().positions().size());
    }

    @Test
    void everyBrokenFieldGivesTheSameProblemsStreamedAsFromTheTree() throws Exception {
        ObjectNode base = (ObjectNode) JSON.readTree(BASE);
        int checked = 0;
        for (String list : List.of("hosts", "switches", "links", "storages", "vms", "ssiDomains", "applications",
                "layout")) {
            JsonNode elements = base.get(list);
            for (JsonNode element : elements) {
                for (String path : fieldPaths((ObjectNode) element, "")) {
                    for (String value : VALUES) {
                        ObjectNode copy = base.deepCopy();
                        JsonNode target = copy.get(list);
                        int index = indexOf(elements, element);
                        ObjectNode mutated = (ObjectNode) (target.isArray() ? target.get(index) : nthValue(target, index));
                        set(mutated, path, new TextNode(RAW));
                        assertSameEitherWay(raw(copy, value));
                        checked++;
                    }
                }
            }
        }
        assertEquals(true, checked > 1000, "checked " + checked);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomlyBrokenFilesGiveTheSameProblemsStreamedAsFromTheTree(long seed) throws Exception {
        Random random = new Random(seed);
        ObjectNode base = (ObjectNode) JSON.readTree(BASE);
        for (int round = 0; round < 100; round++) {
            ObjectNode copy = base.deepCopy();
            List<String> raws = new ArrayList<>();
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                mutate(copy, random, raws);
            }
            String text = JSON.writeValueAsString(copy);
            for (String r : raws) {
                text = text.replaceFirst("\"" + RAW + "\"", java.util.regex.Matcher.quoteReplacement(r));
            }
            assertSameEitherWay(text);
        }
    }

    @Test
    void aProblemInTheLastOf100000HostsIsNamedByItsIndex() {
        StringBuilder file = new StringBuilder("{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"hosts\": [\n");
        for (int i = 0; i < 100_000; i++) {
            String host = "{\"id\": \"h" + i + "\", \"cores\": 4, \"coreSpeed\": \"2 GHz\", \"memory\": \"16 GiB\","
                    + " \"nicBandwidth\": \"10 Gbit/s\", \"idlePower\": \"100 W\", \"peakPower\": \"200 W\"}";
            file.append(i < 99_999 ? host + ",\n" : host.replace("16 GiB", "16 GiBB").replace(": 4,", ": 4.5,") + "]}");
        }
        assertEquals(List.of("/hosts/99999/cores: expected a whole number, got 4.5",
                "/hosts/99999/memory: unknown unit \"GiBB\" in \"16 GiBB\": expected a size such as \"16 GiB\""),
                problems(file.toString()));
    }

    @Test
    void aDuplicateFieldDeepInAnElementIsRefusedWithItsLineAndColumn() {
        String vm = "{\"id\": \"v1\", \"vcpus\": 1, \"memory\": \"1 GiB\", \"placedOn\": \"h1\", "
                + "\"workload\": {\"cpuUtilization\": 0.5, \"cpuUtilization\": 0.6}}";
        String file = "{\"format\": \"cluster-composer-scenario\", \"version\": 2,\n \"vms\": [\n  " + vm + "]}";
        // Where the tree reader put it: just after the second name.
        assertEquals(List.of("line 3, column 117: not valid JSON: Duplicate field 'cpuUtilization'"), problems(file));
        assertEquals(List.of("line 3, column 35: not valid JSON: Duplicate field 'vcpus'"),
                problems(file.replace("\"memory\"", "\"vcpus\"")));
        assertEquals(List.of("line 3, column 6: not valid JSON: Duplicate field 'h1'"),
                problems("{\"format\": \"cluster-composer-scenario\", \"version\": 2,\n \"layout\": {\"h1\": {\"x\": 1,"
                        + " \"y\": 2},\n \"h1\": {\"x\": 1, \"y\": 2}}}"));
    }

    @Test
    void wrongTokenTypesForElementsAndListsAreNamed() {
        String head = "{\"format\": \"cluster-composer-scenario\", \"version\": 2, ";
        assertEquals(List.of("/vms/0: expected a VM (a JSON object), got 3",
                        "/vms/1: expected a VM (a JSON object), got \"v\"",
                        "/vms/2: expected a VM (a JSON object), got an array",
                        "/vms/3: expected a VM (a JSON object), got null"),
                problems(head + "\"vms\": [3, \"v\", [{}], null]}"));
        assertEquals(List.of("/layout/h1: expected a position {\"x\", \"y\"} (a JSON object), got true"),
                problems(head + "\"layout\": {\"h1\": true}}"));
        assertEquals(List.of("/hosts: expected an array, got an object"), problems(head + "\"hosts\": {}}"));
    }

    private static final String RAW = "@@raw@@";

    private static String raw(ObjectNode tree, String value) throws Exception {
        return JSON.writeValueAsString(tree).replace("\"" + RAW + "\"", value);
    }

    private static void mutate(ObjectNode root, Random random, List<String> raws) {
        List<String> lists = List.of("hosts", "switches", "links", "storages", "vms", "ssiDomains", "applications",
                "layout");
        JsonNode list = root.get(lists.get(random.nextInt(lists.size())));
        if (list == null || list.isEmpty()) {
            return;
        }
        int index = random.nextInt(list.size());
        JsonNode element = list.isArray() ? list.get(index) : nthValue(list, index);
        if (!(element instanceof ObjectNode object)) {
            return;
        }
        List<String> paths = fieldPaths(object, "");
        String path = paths.get(random.nextInt(paths.size()));
        switch (random.nextInt(4)) {
            case 0 -> remove(object, path);
            case 1 -> object.put(List.of("memroy", "nmae", "zzz", "cpuUtilisation").get(random.nextInt(4)), 1);
            case 2 -> {
                if (list instanceof ArrayNode array) {
                    array.set(index, new TextNode(RAW));
                    raws.add(VALUES.get(random.nextInt(VALUES.size())));
                }
            }
            default -> {
                set(object, path, new TextNode(RAW));
                raws.add(VALUES.get(random.nextInt(VALUES.size())));
            }
        }
    }

    private static void assertSameEitherWay(String streamedFirst) throws Exception {
        String treeFirst = listsFirst(streamedFirst);
        List<String> streamed = problems(streamedFirst);
        assertEquals(problems(treeFirst), streamed, streamedFirst);
        assertFalse(streamed.stream().anyMatch(p -> p.contains("could not be read")), streamedFirst);
    }

    /** The same file with "format" and "version" moved to the end, so nothing is streamed. */
    private static String listsFirst(String file) {
        return file.replaceFirst("\\{\\s*\"format\"\\s*:\\s*\"cluster-composer-scenario\"\\s*,\\s*\"version\"\\s*:\\s*2\\s*,",
                "{").replaceFirst("}\\s*$", ", \"format\": \"cluster-composer-scenario\", \"version\": 2}");
    }

    private static List<String> problems(String file) {
        try {
            ScenarioFiles.read(file);
            return List.of();
        } catch (ScenarioFileException e) {
            return e.problems().stream().map(Problem::describe).toList();
        }
    }

    // Every field of an object, nested objects' fields as "outer/inner".
    private static List<String> fieldPaths(ObjectNode object, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            paths.add(prefix + e.getKey());
            if (e.getValue() instanceof ObjectNode nested) {
                paths.addAll(fieldPaths(nested, prefix + e.getKey() + "/"));
            }
        }
        return paths;
    }

    private static void set(ObjectNode object, String path, JsonNode value) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            object.set(path, value);
        } else {
            set((ObjectNode) object.get(path.substring(0, slash)), path.substring(slash + 1), value);
        }
    }

    private static void remove(ObjectNode object, String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            object.remove(path);
        } else {
            remove((ObjectNode) object.get(path.substring(0, slash)), path.substring(slash + 1));
        }
    }

    private static JsonNode nthValue(JsonNode object, int n) {
        Iterator<JsonNode> values = object.elements();
        for (int i = 0; i < n; i++) {
            values.next();
        }
        return values.next();
    }

    private static int indexOf(JsonNode container, JsonNode element) {
        int i = 0;
        for (JsonNode e : container) {
            if (e == element) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("not an element");
    }
}
