package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.clustercomposer.simulation.workload.Trace;
import org.clustercomposer.simulation.workload.TraceFormatException;
import org.clustercomposer.simulation.workload.TraceWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"0, 0.2", "299, 0.2", "300, 0.7", "3599, 0.7", "3600, 0.1", "99999, 0.1"})
    void holdsEachPointUntilTheNext(double time, double expected) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "time,value\n0,0.2\n5 min,0.7\n1 h,0.1\n");
        assertEquals(expected, new TraceWorkload(Trace.read(file)).next(time), 0);
    }

    @Test
    void namesTheFileAndLineOfEachProblem() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "time,value\n0,0.5\n60,abc\n120,0.1\n90,0.2\n");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> Trace.read(file));
        assertTrue(e.getMessage().contains("bad.csv:3: value must be a finite number >= 0, got \"abc\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("bad.csv:5: time 90 does not come after"), e.getMessage());
    }

    @Test
    void refusesAFileWithoutPoints() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "# nothing\n");
        assertThrows(TraceFormatException.class, () -> Trace.read(file));
    }
}
