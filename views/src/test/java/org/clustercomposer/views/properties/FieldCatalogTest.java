package org.clustercomposer.views.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Element;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every field the property sheet offers for a kind names a real component of that kind's record:
 * it reads, and writing back what it read gives the same element. A misspelt path ("workload.dirtRate")
 * or a renamed component fails here instead of as an error in front of the user.
 */
class FieldCatalogTest {

    private static final double GIB = 1L << 30;

    private static final Map<ElementKind, Element> ONE_OF_EACH = new EnumMap<>(Map.of(
            ElementKind.HOST, new Host("h", "h", 16, 2.4e9, 64 * GIB, 1.25e9, 110, 250, Hypervisor.kvm()),
            ElementKind.SWITCH, new NetworkSwitch("sw", "sw", 48, 1.6e11),
            ElementKind.STORAGE, new Storage("nas", "nas", 100 * GIB, 1.25e9),
            ElementKind.LINK, new Link("l", "h", "sw", 1.25e9, 5e-5),
            ElementKind.VM, new Vm("vm", "vm", 4, 8 * GIB, 40 * GIB, "h", new Workload(0.5, 1e7, 1e8, 1e7, "nas")),
            ElementKind.SSI_DOMAIN, new SsiDomain("ssi", "ssi", SsiKind.MOSIX, List.of("h"), 0.3, 0.02),
            ElementKind.APPLICATION, new Application("app", "app", "ssi", 8, 4, 8 * GIB, 1e7, 1e6)));

    @ParameterizedTest
    @EnumSource(ElementKind.class)
    void everyFieldOfAKindReadsAndWritesBackOnThatKindsRecord(ElementKind kind) {
        assertEquals(EnumSet.allOf(ElementKind.class), ONE_OF_EACH.keySet(), "one element of every kind");
        Element element = ONE_OF_EACH.get(kind);
        assertTrue(kind.type().isInstance(element));
        List<FieldSpec> fields = FieldCatalog.fieldsOf(kind);
        assertFalse(fields.isEmpty());
        assertEquals("id", fields.get(0).path(), "the id comes first");
        for (FieldSpec f : fields) {
            Object value = RecordPaths.get(element, f.path());
            assertEquals(element, RecordPaths.with(element, f.path(), value), kind + " " + f.path());
        }
    }

    @ParameterizedTest
    @EnumSource(ElementKind.class)
    void everyFieldIsListedOnceWithALabelAndHelp(ElementKind kind) {
        List<FieldSpec> fields = FieldCatalog.fieldsOf(kind);
        assertEquals(fields.size(), fields.stream().map(FieldSpec::path).distinct().count(), kind.toString());
        fields.forEach(f -> assertFalse(f.label().isBlank() || f.help().isBlank(), f.path()));
    }
}
