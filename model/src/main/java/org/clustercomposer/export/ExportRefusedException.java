package org.clustercomposer.export;

import java.util.List;
import java.util.stream.Collectors;

import org.clustercomposer.scenario.validation.Problem;

/** The scenario cannot be written in the target format; each problem names the element (JSON path) and why. */
public final class ExportRefusedException extends Exception {

    private final transient List<Problem> problems;

    public ExportRefusedException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
