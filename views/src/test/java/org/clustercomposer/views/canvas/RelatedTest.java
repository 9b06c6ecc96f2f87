package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a selection is related to, by the kind of what is selected (SmallDesigns.rack: ssi spans h2 and h3). */
class RelatedTest {

    @ParameterizedTest
    @CsvSource({
        "h1, vm1 vm2",
        "h2, vm3 ssi",
        "h3, ssi",
        "vm3, h2",
        "ssi, h2 h3",
        "sw, ''",
        "nothing-of-that-id, ''",
        "h1 vm3, vm1 vm2 h2",
    })
    void relatesEachKindToWhatItCarriesAndWhatCarriesIt(String selected, String related) {
        assertEquals(Set.copyOf(ids(related)), Related.to(SmallDesigns.rack(), ids(selected)));
    }

    private static List<String> ids(String spaced) {
        return spaced.isBlank() ? List.of() : Arrays.asList(spaced.split(" "));
    }
}
