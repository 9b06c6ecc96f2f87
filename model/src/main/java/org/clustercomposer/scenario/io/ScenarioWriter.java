package org.clustercomposer.scenario.io;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.PolicySettings;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.validation.JsonPaths;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * Writes a scenario as version-2 JSON in a fixed field order, quantities with units. Refuses
 * (IllegalArgumentException naming the JSON path) a value no file can hold, such as NaN, so a
 * saved file always reads back equal.
 */
final class ScenarioWriter {

    private final JsonGenerator g;
    private String path = "";

    ScenarioWriter(JsonGenerator generator) {
        this.g = generator;
    }

    void write(Scenario s) throws IOException {
        g.writeStartObject();
        g.writeStringField(ScenarioFormat.FORMAT_FIELD, ScenarioFormat.FORMAT_NAME);
        g.writeNumberField(ScenarioFormat.VERSION_FIELD, ScenarioFormat.CURRENT_VERSION);
        g.writeStringField("name", s.name());
        g.writeStringField("description", s.description());
        list(ElementKind.HOST, s.hosts(), this::host);
        list(ElementKind.SWITCH, s.switches(), this::networkSwitch);
        list(ElementKind.LINK, s.links(), this::link);
        list(ElementKind.STORAGE, s.storages(), this::storage);
        list(ElementKind.VM, s.vms(), this::vm);
        list(ElementKind.SSI_DOMAIN, s.ssiDomains(), this::ssiDomain);
        list(ElementKind.APPLICATION, s.applications(), this::application);
        layout(s.layout().positions());
        policy(s.policy());
        g.writeEndObject();
    }

    // Only what is set: a field left out takes the run's default when read back.
    private void policy(PolicySettings p) throws IOException {
        if (p.isEmpty()) {
            return;
        }
        path = "/policy";
        g.writeObjectFieldStart("policy");
        if (p.triggerSteps() != null) {
            g.writeNumberField("triggerSteps", p.triggerSteps());
        }
        if (p.coolDown() != null) {
            quantity("coolDown", p.coolDown(), Dimension.DURATION);
        }
        if (p.margin() != null) {
            number("margin", p.margin());
        }
        if (p.maxMigrationsPerHost() != null) {
            g.writeNumberField("maxMigrationsPerHost", p.maxMigrationsPerHost());
        }
        if (p.maxMigrationsPerLink() != null) {
            g.writeNumberField("maxMigrationsPerLink", p.maxMigrationsPerLink());
        }
        g.writeEndObject();
    }

    private interface ElementWriter<T> {
        void write(T element) throws IOException;
    }

    private <T> void list(ElementKind kind, List<T> elements, ElementWriter<T> writer) throws IOException {
        g.writeArrayFieldStart(kind.listName());
        for (int i = 0; i < elements.size(); i++) {
            path = JsonPaths.element(kind, i);
            g.writeStartObject();
            writer.write(elements.get(i));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void host(Host h) throws IOException {
        idAndName(h.id(), h.name());
        g.writeNumberField("cores", h.cores());
        quantity("coreSpeed", h.coreSpeed(), Dimension.FREQUENCY);
        quantity("memory", h.memory(), Dimension.SIZE);
        quantity("nicBandwidth", h.nicBandwidth(), Dimension.BANDWIDTH);
        quantity("idlePower", h.idlePower(), Dimension.POWER);
        quantity("peakPower", h.peakPower(), Dimension.POWER);
        Hypervisor hv = h.hypervisor();
        if (hv != null) {
            g.writeObjectFieldStart("hypervisor");
            text("kind", hv.kind());
            number("cpuOverhead", hv.cpuOverhead());
            number("ioOverhead", hv.ioOverhead());
            migration(hv.migration());
            g.writeEndObject();
        }
    }

    // Only what is set: a field left out takes QEMU's default when read back.
    private void migration(HypervisorMigrationSettings m) throws IOException {
        if (m.isDefault()) {
            return;
        }
        g.writeObjectFieldStart("migration");
        if (m.maxBandwidth() != null) {
            quantity("maxBandwidth", Double.isInfinite(m.maxBandwidth()) ? 0 : m.maxBandwidth(), Dimension.DATA_RATE);
        }
        if (m.downtimeLimit() != null) {
            quantity("downtimeLimit", m.downtimeLimit(), Dimension.DURATION);
        }
        if (m.multifdChannels() != null) {
            g.writeNumberField("multifd", m.multifdChannels());
        }
        if (m.autoConverge() != null) {
            g.writeBooleanField("autoConverge", m.autoConverge());
        }
        if (m.xbzrleCache() != null) {
            quantity("xbzrleCache", m.xbzrleCache(), Dimension.SIZE);
        }
        if (m.transport() != null) {
            text("transport", m.transport().name());
        }
        if (m.profile() != null) {
            text("profile", m.profile());
        }
        g.writeEndObject();
    }

    private void networkSwitch(NetworkSwitch s) throws IOException {
        idAndName(s.id(), s.name());
        g.writeNumberField("ports", s.ports());
        quantity("bandwidth", s.bandwidth(), Dimension.BANDWIDTH);
    }

    private void link(Link l) throws IOException {
        text("id", l.id());
        text("from", l.from());
        text("to", l.to());
        quantity("bandwidth", l.bandwidth(), Dimension.BANDWIDTH);
        quantity("latency", l.latency(), Dimension.DURATION);
    }

    private void storage(Storage s) throws IOException {
        idAndName(s.id(), s.name());
        quantity("capacity", s.capacity(), Dimension.SIZE);
        quantity("bandwidth", s.bandwidth(), Dimension.BANDWIDTH);
    }

    private void vm(Vm vm) throws IOException {
        idAndName(vm.id(), vm.name());
        g.writeNumberField("vcpus", vm.vcpus());
        quantity("memory", vm.memory(), Dimension.SIZE);
        quantity("disk", vm.disk(), Dimension.SIZE);
        text("placedOn", vm.placedOn());
        Workload w = vm.workload() == null ? Workload.idle() : vm.workload();
        g.writeObjectFieldStart("workload");
        number("cpuUtilization", w.cpuUtilization());
        quantity("dirtyRate", w.dirtyRate(), Dimension.DATA_RATE);
        quantity("writableWorkingSet", w.writableWorkingSet(), Dimension.SIZE);
        quantity("networkTraffic", w.networkTraffic(), Dimension.BANDWIDTH);
        if (w.trafficTo() != null) {
            g.writeStringField("trafficTo", w.trafficTo());
        }
        if (w.residentMemory() > 0) {
            quantity("residentMemory", w.residentMemory(), Dimension.SIZE);
        }
        g.writeEndObject();
        if (!vm.isRunning()) {
            g.writeStringField("state", vm.state().jsonName());
        }
    }

    private void ssiDomain(SsiDomain d) throws IOException {
        idAndName(d.id(), d.name());
        if (d.kind() == null) {
            throw unsavable("kind", "no SSI kind");
        }
        g.writeStringField("kind", d.kind().jsonName());
        g.writeArrayFieldStart("members");
        for (String member : d.members()) {
            g.writeString(member);
        }
        g.writeEndArray();
        number("remoteMemoryPenalty", d.remoteMemoryPenalty());
        number("schedulingOverhead", d.schedulingOverhead());
    }

    private void application(Application a) throws IOException {
        idAndName(a.id(), a.name());
        text("placedOn", a.placedOn());
        g.writeNumberField("processes", a.processes());
        number("cpuDemand", a.cpuDemand());
        quantity("memory", a.memory(), Dimension.SIZE);
        quantity("communication", a.communication(), Dimension.BANDWIDTH);
        quantity("dirtyRate", a.dirtyRate(), Dimension.DATA_RATE);
    }

    private void layout(Map<String, Position> positions) throws IOException {
        g.writeObjectFieldStart("layout");
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            path = JsonPaths.field("/layout", e.getKey());
            g.writeObjectFieldStart(e.getKey());
            number("x", e.getValue().x());
            number("y", e.getValue().y());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void idAndName(String id, String name) throws IOException {
        text("id", id);
        g.writeStringField("name", name == null ? id : name);
    }

    private void text(String field, String value) throws IOException {
        if (value == null) {
            throw unsavable(field, "no value");
        }
        g.writeStringField(field, value);
    }

    private void quantity(String field, double value, Dimension dimension) throws IOException {
        requireFinite(field, value);
        g.writeStringField(field, Quantities.format(value, dimension));
    }

    private void number(String field, double value) throws IOException {
        requireFinite(field, value);
        // Whole numbers print without ".0" (coordinates read better); -0.0 keeps its sign.
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
            g.writeNumberField(field, (long) value);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private void requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw unsavable(field, value + ", which a file cannot hold");
        }
    }

    private IllegalArgumentException unsavable(String field, String what) {
        return new IllegalArgumentException("cannot save " + JsonPaths.field(path, field) + ": " + what);
    }
}
