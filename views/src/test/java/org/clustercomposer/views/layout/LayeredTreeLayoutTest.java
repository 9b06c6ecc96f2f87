package org.clustercomposer.views.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

class LayeredTreeLayoutTest {

    private static final NodeSize BOX = new NodeSize() {
        @Override
        public double width(String id) {
            return 100;
        }

        @Override
        public double height(String id) {
            return 50;
        }
    };

    @Test
    void coreSwitchesOnTopThenTorsThenHostsWithoutOverlap() {
        Scenario s = new ScenarioGenerator().generate(new GeneratorParameters(120, 200, 2, 3));
        Map<String, Position> p = new LayeredTreeLayout(BOX).layout(s);
        assertEquals(s.hosts().size() + s.switches().size() + s.storages().size(), p.size());
        double topSwitch = s.switches().stream().mapToDouble(sw -> p.get(sw.id()).y()).min().orElseThrow();
        double topHost = s.hosts().stream().mapToDouble(h -> p.get(h.id()).y()).min().orElseThrow();
        assertTrue(topSwitch < topHost);
        var ids = p.keySet().stream().toList();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Position a = p.get(ids.get(i));
                Position b = p.get(ids.get(j));
                boolean apart = Math.abs(a.x() - b.x()) >= 100 || Math.abs(a.y() - b.y()) >= 50;
                assertTrue(apart, ids.get(i) + " overlaps " + ids.get(j));
            }
        }
    }

    @Test
    void alignLeftGivesEveryNodeTheSmallestX() {
        Map<String, Position> out = Alignment.LEFT.apply(Map.of("a", new Position(30, 0), "b", new Position(10, 90)));
        assertEquals(new Position(10, 0), out.get("a"));
        assertEquals(new Position(10, 90), out.get("b"));
    }
}
