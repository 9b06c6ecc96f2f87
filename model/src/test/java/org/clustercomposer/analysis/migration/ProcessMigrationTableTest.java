package org.clustercomposer.analysis.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The published process-migration and checkpoint/restart measurements (decision 0252). None states the rate of the
 * path the process crossed, so none can score {@link ProcessMigrationModel} yet; the rules keep it so until one does.
 */
class ProcessMigrationTableTest {

    static final String RESOURCE = "/process-migration-measurements.csv";

    static List<String[]> rows() throws IOException {
        try (var in = ProcessMigrationTableTest.class.getResourceAsStream(RESOURCE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertEquals("id;source;where;system;process_size;path_rate;measured_seconds;measured_is;complete;missing",
                    lines.get(0));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(";", -1);
                assertEquals(10, cells.length, line);
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void everyRowCitesARetrievableSourceAndSaysWhatIsMissing() throws IOException {
        for (String[] r : rows()) {
            assertTrue(r[1].contains("https://"), r[0] + ": a link to the source");
            assertFalse(r[6].isEmpty(), r[0] + ": a measured time");
            assertTrue(r[8].equals("no") ? !r[9].isEmpty() : r[9].isEmpty(), r[0] + ": complete rows miss nothing, "
                    + "the others say what they miss");
        }
    }

    @Test
    void aRowIsCompleteOnlyWithSizeRateAndASingleMeasuredTime() throws IOException {
        for (String[] r : rows()) {
            boolean stated = !r[4].isEmpty() && !r[5].isEmpty() && r[6].matches("[0-9.]+");
            assertTrue(!r[8].equals("yes") || stated, r[0] + " is marked complete without every input");
        }
        System.out.println("complete rows: " + rows().stream().filter(r -> r[8].equals("yes")).count() + " of "
                + rows().size() + " " + Arrays.toString(rows().stream().map(r -> r[0]).toArray()));
    }
}
