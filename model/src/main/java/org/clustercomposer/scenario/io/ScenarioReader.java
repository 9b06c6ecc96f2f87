package org.clustercomposer.scenario.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.PolicySettings;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.VmState;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.validation.JsonPaths;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.Quote;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.clustercomposer.units.Dimension;

/**
 * Maps a version-2 JSON tree onto the scenario records, field by field, collecting a problem for
 * every field that is missing or of the wrong type. Only types are checked here; whether the
 * values make sense is {@link org.clustercomposer.scenario.validation.ScenarioValidator}'s job, so
 * the editor can open a file with a dangling reference and let the user fix it.
 */
final class ScenarioReader implements JsonSyntax.ElementMapper {

    private static final String LAYOUT = "layout";
    private static final String LAYOUT_PATH = JsonPaths.field("", LAYOUT);
    private static final String POSITION = "a position {\"x\", \"y\"}";

    /** What an element of a list is called in a message, and how its fields are mapped. */
    private record ElementType(String what, Function<FieldReader, ?> mapping) {
    }

    private final List<Problem> problems;
    private final ParsedQuantities quantities = new ParsedQuantities();
    private final Map<String, ElementType> elementTypes = Map.of(
            ElementKind.HOST.listName(), new ElementType("a host", this::host),
            ElementKind.SWITCH.listName(), new ElementType("a switch", this::networkSwitch),
            ElementKind.LINK.listName(), new ElementType("a link", this::link),
            ElementKind.STORAGE.listName(), new ElementType("a storage", this::storage),
            ElementKind.VM.listName(), new ElementType("a VM", this::vm),
            ElementKind.SSI_DOMAIN.listName(), new ElementType("an SSI domain", this::ssiDomain),
            ElementKind.APPLICATION.listName(), new ElementType("an application", this::application));
    /** Each list's JSON path ("/vms"), built once rather than once per element. */
    private final Map<String, String> listPaths = new HashMap<>();
    /** The lists mapped while parsing, by field name; the others are still in the tree. */
    private final Map<String, List<Object>> streamed = new HashMap<>();
    /** The layout when it was mapped while parsing (else it is in the tree). */
    private Map<String, Position> streamedLayout;

    ScenarioReader(List<Problem> problems) {
        this.problems = problems;
        elementTypes.keySet().forEach(list -> listPaths.put(list, JsonPaths.field("", list)));
    }

    /** The scenario, or empty when the root is not an object (a problem was recorded). */
    Optional<Scenario> read(JsonNode root) {
        return FieldReader.of(root, "", problems, "a scenario", quantities).map(this::scenario);
    }

    @Override
    public boolean isList(String field) {
        return elementTypes.containsKey(field);
    }

    @Override
    public boolean isMap(String field) {
        return field.equals(LAYOUT);
    }

    @Override
    public void element(String list, int index, StreamedObject element) {
        ElementType type = elementTypes.get(list);
        FieldReader.of(element, listPaths.get(list), null, index, problems, type.what(), quantities).map(type.mapping())
                .ifPresent(streamed.computeIfAbsent(list, l -> new ArrayList<>())::add);
    }

    @Override
    public void entry(String map, String key, StreamedObject value) {
        if (streamedLayout == null) {
            streamedLayout = new LinkedHashMap<>();
        }
        FieldReader.of(value, LAYOUT_PATH, key, -1, problems, POSITION, quantities).ifPresent(p -> streamedLayout.put(key, position(p)));
    }

    // Each list is either streamed or still in the tree; both go through the same element mapping.
    @SuppressWarnings("unchecked")
    private <T> List<T> list(FieldReader r, ElementKind kind) {
        String field = kind.listName();
        if (streamed.containsKey(field)) {
            r.has(field);
            return (List<T>) streamed.get(field);
        }
        ElementType type = elementTypes.get(field);
        return (List<T>) r.array(field, (node, path) -> FieldReader.of(node, path, problems, type.what(), quantities)
                .map(type.mapping()));
    }

    private Scenario scenario(FieldReader r) {
        r.has(ScenarioFormat.FORMAT_FIELD);
        r.has(ScenarioFormat.VERSION_FIELD);
        String name = r.text("name", "");
        String description = r.text("description", "");
        List<Host> hosts = list(r, ElementKind.HOST);
        List<NetworkSwitch> switches = list(r, ElementKind.SWITCH);
        List<Link> links = list(r, ElementKind.LINK);
        List<Storage> storages = list(r, ElementKind.STORAGE);
        List<Vm> vms = list(r, ElementKind.VM);
        List<SsiDomain> ssiDomains = list(r, ElementKind.SSI_DOMAIN);
        List<Application> applications = list(r, ElementKind.APPLICATION);
        Layout layout = layout(r);
        PolicySettings policy = r.object("policy", "policy settings").map(this::policy).orElse(PolicySettings.none());
        r.finish();
        return new Scenario(name, description, hosts, switches, links, storages, vms, ssiDomains, applications,
                layout, policy);
    }

    // Every field optional: what is left out takes the run's default (or the command line's).
    private PolicySettings policy(FieldReader r) {
        PolicySettings p = new PolicySettings(r.has("triggerSteps") ? r.wholeNumber("triggerSteps") : null,
                r.has("coolDown") ? r.quantity("coolDown", Dimension.DURATION) : null,
                r.has("margin") ? r.number("margin") : null,
                r.has("maxMigrationsPerHost") ? r.wholeNumber("maxMigrationsPerHost") : null,
                r.has("maxMigrationsPerLink") ? r.wholeNumber("maxMigrationsPerLink") : null);
        r.finish();
        return p;
    }

    private Host host(FieldReader r) {
        String id = r.text("id");
        Host host = new Host(id, r.text("name", id), r.wholeNumber("cores"),
                r.quantity("coreSpeed", Dimension.FREQUENCY), r.quantity("memory", Dimension.SIZE),
                r.quantity("nicBandwidth", Dimension.BANDWIDTH), r.quantity("idlePower", Dimension.POWER),
                r.quantity("peakPower", Dimension.POWER),
                r.object("hypervisor", "a hypervisor").map(this::hypervisor).orElse(null));
        r.finish();
        return host;
    }

    private Hypervisor hypervisor(FieldReader r) {
        Hypervisor hypervisor = new Hypervisor(r.text("kind"), r.number("cpuOverhead", 0), r.number("ioOverhead", 0),
                r.object("migration", "migration settings").map(this::migration).orElse(null));
        r.finish();
        return hypervisor;
    }

    // Every field optional: what is left out takes QEMU's default. maxBandwidth 0 is uncapped, as libvirt runs QEMU.
    private HypervisorMigrationSettings migration(FieldReader r) {
        Double cap = r.has("maxBandwidth") ? r.quantity("maxBandwidth", Dimension.DATA_RATE) : null;
        HypervisorMigrationSettings m = new HypervisorMigrationSettings(
                cap != null && cap == 0 ? (Double) Double.POSITIVE_INFINITY : cap,
                r.has("downtimeLimit") ? r.quantity("downtimeLimit", Dimension.DURATION) : null,
                r.has("multifd") ? r.wholeNumber("multifd") : null, r.flag("autoConverge"),
                r.has("xbzrleCache") ? r.quantity("xbzrleCache", Dimension.SIZE) : null, null, transport(r), null,
                r.text("profile", null));
        r.finish();
        return m;
    }

    private HypervisorMigrationSettings.Transport transport(FieldReader r) {
        String name = r.text("transport", null);
        if (name == null) {
            return null;
        }
        for (HypervisorMigrationSettings.Transport t : HypervisorMigrationSettings.Transport.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        problems.add(new Problem(JsonPaths.field(r.path(), "transport"), "unknown transport " + Quote.of(name)
                + "; expected \"tcp\", \"tls\", \"ssh\" or \"rdma\""));
        return null;
    }

    private NetworkSwitch networkSwitch(FieldReader r) {
        String id = r.text("id");
        NetworkSwitch s = new NetworkSwitch(id, r.text("name", id), r.wholeNumber("ports"),
                r.quantity("bandwidth", Dimension.BANDWIDTH));
        r.finish();
        return s;
    }

    private Link link(FieldReader r) {
        Link link = new Link(r.text("id"), r.text("from"), r.text("to"),
                r.quantity("bandwidth", Dimension.BANDWIDTH), r.quantity("latency", Dimension.DURATION, 0));
        r.finish();
        return link;
    }

    private Storage storage(FieldReader r) {
        String id = r.text("id");
        Storage s = new Storage(id, r.text("name", id), r.quantity("capacity", Dimension.SIZE),
                r.quantity("bandwidth", Dimension.BANDWIDTH));
        r.finish();
        return s;
    }

    private Vm vm(FieldReader r) {
        String id = r.text("id");
        Vm vm = new Vm(id, r.text("name", id), r.wholeNumber("vcpus"), r.quantity("memory", Dimension.SIZE),
                r.quantity("disk", Dimension.SIZE, 0), r.text("placedOn"),
                r.object("workload", "a workload").map(this::workload).orElse(Workload.idle()), vmState(r));
        r.finish();
        return vm;
    }

    private Workload workload(FieldReader r) {
        Workload w = new Workload(r.number("cpuUtilization", 0), r.quantity("dirtyRate", Dimension.DATA_RATE, 0),
                r.quantity("writableWorkingSet", Dimension.SIZE, 0),
                r.quantity("networkTraffic", Dimension.BANDWIDTH, 0), r.text("trafficTo", null),
                r.quantity("residentMemory", Dimension.SIZE, 0));
        r.finish();
        return w;
    }

    private VmState vmState(FieldReader r) {
        String state = r.text("state", VmState.RUNNING.jsonName());
        Optional<VmState> known = VmState.fromJsonName(state);
        if (known.isEmpty()) {
            problems.add(new Problem(JsonPaths.field(r.path(), "state"), "unknown VM state " + Quote.of(state)
                    + "; expected \"running\" or \"shut-off\""));
        }
        return known.orElse(VmState.RUNNING);
    }

    private SsiDomain ssiDomain(FieldReader r) {
        String id = r.text("id");
        SsiDomain d = new SsiDomain(id, r.text("name", id), ssiKind(r), r.texts("members"),
                r.number("remoteMemoryPenalty", 0), r.number("schedulingOverhead", 0));
        r.finish();
        return d;
    }

    private SsiKind ssiKind(FieldReader r) {
        String kind = r.text("kind");
        Optional<SsiKind> known = SsiKind.fromJsonName(kind);
        if (known.isEmpty() && !kind.isEmpty()) {
            problems.add(new Problem(JsonPaths.field(r.path(), "kind"), "unknown SSI kind " + Quote.of(kind)
                    + "; expected one of " + ScenarioFormat.ssiKindNames()));
        }
        return known.orElse(SsiKind.GENERIC);
    }

    private Application application(FieldReader r) {
        String id = r.text("id");
        Application a = new Application(id, r.text("name", id), r.text("placedOn"), r.wholeNumber("processes", 1),
                r.number("cpuDemand"), r.quantity("memory", Dimension.SIZE, 0),
                r.quantity("communication", Dimension.BANDWIDTH, 0),
                r.quantity("dirtyRate", Dimension.DATA_RATE, 0));
        r.finish();
        return a;
    }

    private Layout layout(FieldReader r) {
        if (streamedLayout != null) {
            r.has(LAYOUT);
            return new Layout(streamedLayout);
        }
        return r.object(LAYOUT, "a layout").map(this::layoutInTree).orElse(Layout.empty());
    }

    private Layout layoutInTree(FieldReader r) {
        Map<String, Position> positions = new LinkedHashMap<>();
        // Any id may be a key here, so no field is unknown: finish() is not called.
        r.forEachObject(POSITION, (id, p) -> positions.put(id, position(p)));
        return new Layout(positions);
    }

    private Position position(FieldReader p) {
        Position position = new Position(p.number("x"), p.number("y"));
        p.finish();
        return position;
    }
}
