package org.clustercomposer.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file with field problems also gets validated: every problem in one run, none twice, none derived. */
class ProblemsTogetherTest {

    private static final String HOST = "{\"id\": \"h1\", \"cores\": 4, \"coreSpeed\": \"2 GHz\", \"memory\": \"16 GiB\","
            + " \"nicBandwidth\": \"10 Gbit/s\", \"idlePower\": \"100 W\", \"peakPower\": \"200 W\","
            + " \"hypervisor\": {\"kind\": \"kvm\"}}";
    private static final String VM1 = "{\"id\": \"v1\", \"vcpus\": 2, \"memory\": \"4 GiB\", \"placedOn\": \"h1\"}";
    private static final String VM2 = "{\"id\": \"v2\", \"vcpus\": 2, \"memory\": \"4 GiB\", \"placedOn\": \"h1\"}";

    private static String file(String host, String vm1, String vm2) {
        return "{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"hosts\": [" + host + "], \"vms\": ["
                + vm1 + ", " + vm2 + "]}";
    }

    @Test
    void baseFileIsValid() throws Exception {
        assertEquals(List.of(), ScenarioValidator.validate(ScenarioFiles.read(file(HOST, VM1, VM2))));
    }

    @Test
    void reportsFieldAndRuleProblemsOfOneFileInOneRun() {
        String json = "{\"format\":\"cluster-composer-scenario\",\"version\":2,\"hosts\":[{\"id\":\"h1\",\"cores\":-2,"
                + "\"memory\":\"12 GiB\"}],\"vms\":[{\"id\":\"v\",\"placedOn\":\"nope\",\"memory\":\"-4 GiB\",\"memroy\":3}]}";
        assertEquals(List.of(
                "/hosts/0/coreSpeed: missing; expected a frequency such as \"2.4 GHz\"",
                "/hosts/0/nicBandwidth: missing; expected a bandwidth such as \"10 Gbit/s\"",
                "/hosts/0/idlePower: missing; expected a power such as \"250 W\"",
                "/hosts/0/peakPower: missing; expected a power such as \"250 W\"",
                "/hosts/0/cores: must be at least 1, got -2",
                "/vms/0/vcpus: missing; expected a whole number",
                "/vms/0: unknown field \"memroy\"; did you mean \"memory\"?",
                "/vms/0/memory: must be positive, got \"-4 GiB\"",
                "/vms/0/placedOn: no element has id \"nope\""), problems(json));
    }

    @Test
    void reportsAMistypedFieldInOneVmAndADanglingReferenceInAnother() {
        String json = file(HOST, VM1.replace("\"vcpus\": 2", "\"vcpus\": \"2\""),
                VM2.replace("\"placedOn\": \"h1\"", "\"placedOn\": \"h9\""));
        assertEquals(List.of("/vms/0/vcpus: expected a whole number, got \"2\"",
                "/vms/1/placedOn: no element has id \"h9\""), problems(json));
    }

    // Each edit leaves a placeholder (0, "" or no hypervisor) that validation would otherwise trip over.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "memory": "16 GiB"          | "memory": true          | /hosts/0/memory: expected a size such as "16 GiB", got true
            "cores": 4                  | "cores": "4"            | /hosts/0/cores: expected a whole number, got "4"
            {"kind": "kvm"}             | "kvm"                   | /hosts/0/hypervisor: expected a hypervisor (a JSON object), got "kvm"
            , "peakPower": "200 W"      | ''                      | /hosts/0/peakPower: missing; expected a power such as "250 W"
            "id": "h1"                  | "id": 1                 | /hosts/0/id: expected a text, got 1
            """)
    void derivesNoProblemFromAHostFieldThatCouldNotBeRead(String from, String to, String expected) {
        String host = HOST.replace(from, to);
        assertTrue(!host.equals(HOST), "the edit applies");
        assertEquals(List.of(expected), problems(file(host, VM1, VM2)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            , "placedOn": "h1"          | ''                      | /vms/0/placedOn: missing; expected a text
            "placedOn": "h1"            | "placedOn": 7           | /vms/0/placedOn: expected a text, got 7
            "memory": "4 GiB"           | "memory": "4 GHz"       | /vms/0/memory: unknown unit "GHz" in "4 GHz": expected a size such as "16 GiB"
            "vcpus": 2                  | "vcpus": null           | /vms/0/vcpus: expected a whole number, got null
            """)
    void reportsAFieldThatCouldNotBeReadOnceNotAgainAsARuleProblem(String from, String to, String expected) {
        String vm = VM1.replace(from, to);
        assertTrue(!vm.equals(VM1), "the edit applies");
        assertEquals(List.of(expected), problems(file(HOST, vm, VM2)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "kerrighed" | /vms/1/memory: "24 GiB" does not fit on SSI domain "s" (its largest member), which has "16 GiB"
            "frob"      | /ssiDomains/0/kind: unknown SSI kind "frob"; expected one of "kerrighed", "mosix", "aggregate-vm", "generic"
            """)
    void derivesNoFitProblemFromAnSsiDomainWhoseKindCouldNotBeRead(String kind, String expected) {
        // Whether 24 GiB fits two 16 GiB hosts depends on the kind: an aggregate VM spans both, a process one.
        String json = "{\"format\": \"cluster-composer-scenario\", \"version\": 2, \"hosts\": [" + HOST + ", "
                + HOST.replace("h1", "h2") + "], \"switches\": [{\"id\": \"sw\", \"ports\": 8, \"bandwidth\": \"1 Tbit/s\"}],"
                + " \"links\": [" + link("l1", "h1") + ", " + link("l2", "h2") + "], \"vms\": [" + VM1 + ", "
                + VM2.replace("\"h1\"", "\"s\"").replace("4 GiB", "24 GiB") + "], \"ssiDomains\": [{\"id\": \"s\","
                + " \"kind\": " + kind + ", \"members\": [\"h1\", \"h2\"]}]}";
        List<String> problems = kind.equals("\"kerrighed\"") ? validationProblems(json) : problems(json);
        assertEquals(List.of(expected), problems);
    }

    private static String link(String id, String from) {
        return "{\"id\": \"" + id + "\", \"from\": \"" + from + "\", \"to\": \"sw\", \"bandwidth\": \"10 Gbit/s\","
                + " \"latency\": \"50 us\"}";
    }

    private static List<String> validationProblems(String json) {
        try {
            return ScenarioValidator.validate(ScenarioFiles.read(json)).stream().map(Problem::describe).toList();
        } catch (ScenarioFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void leavesRulesOutWhenAnElementCouldNotBeReadAtAll() {
        // The VMs after it would be checked under the wrong index: reading problems only.
        String json = file(HOST, "5", VM2.replace("\"placedOn\": \"h1\"", "\"placedOn\": \"h9\""));
        assertEquals(List.of("/vms/0: expected a VM (a JSON object), got 5"), problems(json));
    }

    @Test
    void syntaxErrorsStayOneLine() {
        assertEquals(1, problems(file(HOST, VM1, VM2).substring(0, 60)).size());
    }

    private static List<String> problems(String json) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(json));
        return e.problems().stream().map(Problem::describe).toList();
    }
}
