package org.clustercomposer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {

    static Stream<Sample> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsWithoutProblems(Sample sample) {
        Scenario scenario = sample.load();
        assertEquals(List.of(), ScenarioValidator.validate(scenario));
        assertEquals(sample.title(), scenario.name());
        assertTrue(scenario.description().length() > 200, "says what it shows and where its numbers come from");
        assertTrue(scenario.hosts().size() >= 3 && scenario.hosts().size() <= 12, "small: 3-12 hosts");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripsThroughAFile(Sample sample, @TempDir Path dir) throws Exception {
        Scenario scenario = sample.load();
        Path file = dir.resolve(sample.file());
        ScenarioFiles.save(scenario, file);
        assertEquals(scenario, ScenarioFiles.load(file));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void placesEveryHostSwitchStorageAndSsiDomainApart(Sample sample) {
        Scenario s = sample.load();
        List<String> drawn = Stream.of(s.hosts().stream().map(h -> h.id()), s.switches().stream().map(w -> w.id()),
                s.storages().stream().map(t -> t.id()), s.ssiDomains().stream().map(d -> d.id()))
                .flatMap(x -> x).toList();
        Set<Position> used = new HashSet<>();
        for (String id : drawn) {
            Position p = s.layout().positionOf(id).orElseThrow(() -> new AssertionError(id + " has no position"));
            assertTrue(used.add(p), id + " overlaps another element at " + p);
        }
    }

    @Test
    void everyStackingHasASample() {
        Set<Stacking> shown = EnumSet.noneOf(Stacking.class);
        Samples.all().forEach(s -> shown.add(s.stacking()));
        assertEquals(EnumSet.allOf(Stacking.class), shown);
        assertFalse(Samples.of(Stacking.SSI_OVER_VMS).isEmpty());
        assertEquals(Samples.all().size(), Samples.all().stream().map(Sample::file).distinct().count());
        assertEquals(Arrays.asList(Stacking.values()), Samples.all().stream().map(Sample::stacking).toList());
    }
}
