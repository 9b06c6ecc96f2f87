package org.clustercomposer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.topology.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every element kind is found, named and replaced the same way, through {@link Element} and {@link ElementKind}. */
class ElementsTest {

    private final Scenario small = Fixtures.small();

    @ParameterizedTest
    @EnumSource(ElementKind.class)
    void everyElementOfAKindIsFoundByIdWithThatKind(ElementKind kind) {
        List<? extends Element> elements = small.elementsOf(kind);
        assertTrue(!elements.isEmpty(), "the fixture has every kind");
        for (Element e : elements) {
            assertEquals(kind, ElementKind.of(e));
            assertTrue(kind.type().isInstance(e));
            assertEquals(e, small.element(e.id()).orElseThrow());
            assertEquals(kind, small.kindOf(e.id()).orElseThrow());
        }
    }

    @Test
    void theListsOfAFileAreNamedByTheirKindInFileOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(ScenarioFiles.toJson(small));
        List<String> lists = ElementKind.IN_FILE_ORDER.stream().map(ElementKind::listName).toList();
        List<String> arrays = new ArrayList<>();
        root.fieldNames().forEachRemaining(f -> {
            if (root.get(f).isArray()) {
                arrays.add(f);
            }
        });
        assertEquals(lists, arrays);
        assertEquals(Arrays.asList(ElementKind.values()).size(), ElementKind.IN_FILE_ORDER.size());
        for (ElementKind kind : ElementKind.values()) {
            assertEquals(small.elementsOf(kind).size(), root.get(kind.listName()).size(), kind.listName());
            assertEquals(kind, ElementKind.ofListName(kind.listName()).orElseThrow());
        }
    }

    @Test
    void everyIdIsListedOnceInKindOrderAndIndexedTheSameWay() {
        List<String> ids = small.ids().toList();
        assertEquals(List.of("h1", "h2", "h3", "h4", "sw1", "nas", "l1", "l2", "l3", "l4", "l5", "vm1", "vm2",
                "ssi1", "vssi", "app1"), ids);
        Map<String, Element> byId = small.elementsById();
        Map<String, ElementKind> kinds = small.kindsById();
        assertEquals(ids.size(), byId.size());
        ids.forEach(id -> assertEquals(ElementKind.of(byId.get(id)), kinds.get(id), id));
    }

    @Test
    void replacingAnElementKeepsItsPlaceAndLeavesTheOthers() {
        Vm moved = small.vm("vm2").orElseThrow().withPlacedOn("h2");
        Scenario next = small.withElement(moved);
        assertEquals(moved, next.vms().get(1));
        assertEquals(small.vms().get(0), next.vms().get(0));
        assertEquals(small.hosts(), next.hosts());
        assertEquals(small.ids().toList(), next.ids().toList());
        var unknown = assertThrows(IllegalArgumentException.class, () -> small.withElement(moved.withId("vm9")));
        assertEquals("no element with id \"vm9\"", unknown.getMessage());
    }

    @Test
    void kindsSayThemselvesForMessagesAndMenus() {
        assertEquals("an SSI domain", ElementKind.SSI_DOMAIN.withArticle());
        assertEquals("a VM", ElementKind.VM.withArticle());
        assertEquals("VMs", ElementKind.VM.plural());
        assertEquals("ssiDomains", ElementKind.SSI_DOMAIN.listName());
        assertEquals("", small.links().get(0).name(), "a link has no name of its own");
    }
}
