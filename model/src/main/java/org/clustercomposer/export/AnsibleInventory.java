package org.clustercomposer.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.topology.Element;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * An Ansible inventory in YAML. Hosts and VMs are inventory hosts (groups {@code physical} and
 * {@code virtual}, each with its variables); further groups per switch ({@code switch_ID}: the
 * hosts wired to it, a rack), per SSI domain ({@code ssi_ID}: its members) and per hypervisor
 * kind ({@code hypervisor_KIND}, {@code bare_metal}). Jackson writes the YAML, so every string is
 * quoted where YAML needs it.
 */
public final class AnsibleInventory {

    public static final String FILE_NAME = "inventory.yml";

    private AnsibleInventory() {
    }

    public static List<ExportedFile> export(Scenario scenario) throws ExportRefusedException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> children = new LinkedHashMap<>();
        Map<String, Element> groupOwners = new HashMap<>();

        Map<String, Object> physical = new LinkedHashMap<>();
        for (Host host : scenario.hosts()) {
            ExportNames.check(scenario, host, ExportTarget.ANSIBLE, "an inventory host name", problems);
            physical.put(host.id(), hostVars(scenario, host));
        }
        children.put("physical", Map.of("hosts", physical));
        Map<String, Object> virtual = new LinkedHashMap<>();
        for (Vm vm : scenario.vms()) {
            ExportNames.check(scenario, vm, ExportTarget.ANSIBLE, "an inventory host name", problems);
            virtual.put(vm.id(), vmVars(scenario, vm));
        }
        children.put("virtual", Map.of("hosts", virtual));

        for (NetworkSwitch sw : scenario.switches()) {
            ExportNames.check(scenario, sw, ExportTarget.ANSIBLE, "part of an inventory group name", problems);
            List<String> wired = new ArrayList<>();
            for (Link link : scenario.links()) {
                if (link.touches(sw.id()) && scenario.host(link.otherEnd(sw.id())).isPresent()) {
                    wired.add(link.otherEnd(sw.id()));
                }
            }
            addGroup(children, groupOwners, ExportNames.group("switch", sw.id()), sw, wired, scenario, problems);
        }
        for (SsiDomain domain : scenario.ssiDomains()) {
            ExportNames.check(scenario, domain, ExportTarget.ANSIBLE, "part of an inventory group name", problems);
            addGroup(children, groupOwners, ExportNames.group("ssi", domain.id()), domain, domain.members(), scenario,
                    problems);
        }
        Map<String, List<String>> byHypervisor = new LinkedHashMap<>();
        for (Host host : scenario.hosts()) {
            String group = host.hypervisor() == null ? "bare_metal"
                    : ExportNames.group("hypervisor", host.hypervisor().kind().toLowerCase(java.util.Locale.ROOT));
            byHypervisor.computeIfAbsent(group, g -> new ArrayList<>()).add(host.id());
        }
        byHypervisor.forEach((group, members) -> {
            if (!group.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                problems.add(new Problem("/hosts", "ansible export: hypervisor kind gives group \"" + group
                        + "\", which is not a valid Ansible group name"));
            } else {
                children.put(group, Map.of("hosts", nulls(members)));
            }
        });
        if (!problems.isEmpty()) {
            throw new ExportRefusedException(problems);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("vars", Map.of("cluster_composer_scenario", scenario.name()));
        all.put("children", children);
        return List.of(new ExportedFile(FILE_NAME, yaml(Map.of("all", all))));
    }

    private static void addGroup(Map<String, Object> children, Map<String, Element> owners, String group,
                                 Element owner, List<String> members, Scenario scenario, List<Problem> problems) {
        Element earlier = owners.putIfAbsent(group, owner);
        if (earlier != null || children.containsKey(group)) {
            problems.add(new Problem("", "ansible export: \"" + owner.id() + "\" and \""
                    + (earlier == null ? group : earlier.id()) + "\" both become group \"" + group + "\""));
            return;
        }
        children.put(group, Map.of("hosts", nulls(members)));
    }

    /** Members listed without variables (their variables are under physical or virtual). */
    private static Map<String, Object> nulls(List<String> members) {
        Map<String, Object> hosts = new LinkedHashMap<>();
        members.forEach(m -> hosts.put(m, null));
        return hosts;
    }

    private static Map<String, Object> hostVars(Scenario scenario, Host host) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("display_name", host.name());
        vars.put("cores", host.cores());
        vars.put("core_speed_mhz", Math.round(host.coreSpeed() / 1e6));
        vars.put("memory_mib", Math.round(host.memory() / (1 << 20)));
        vars.put("hypervisor", host.hypervisor() == null ? "none" : host.hypervisor().kind());
        putSsiRole(scenario, host.id(), vars);
        return vars;
    }

    private static Map<String, Object> vmVars(Scenario scenario, Vm vm) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("display_name", vm.name());
        vars.put("vcpus", vm.vcpus());
        vars.put("memory_mib", Math.round(vm.memory() / (1 << 20)));
        vars.put("placed_on", vm.placedOn());
        putSsiRole(scenario, vm.id(), vars);
        return vars;
    }

    /** ssi_role: "head" for the first member of a domain (where a Kerrighed session starts), else "member". */
    private static void putSsiRole(Scenario scenario, String id, Map<String, Object> vars) {
        for (SsiDomain domain : scenario.ssiDomains()) {
            int at = domain.members().indexOf(id);
            if (at >= 0) {
                vars.put("ssi_domain", domain.id());
                vars.put("ssi_kind", domain.kind().jsonName());
                vars.put("ssi_node_id", at + 1);
                vars.put("ssi_role", at == 0 ? "head" : "member");
                return;
            }
        }
        vars.put("ssi_role", "none");
    }

    private static String yaml(Object tree) {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
        try {
            return new ObjectMapper(factory).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an inventory of plain maps", e);
        }
    }
}
