package org.clustercomposer.scenario.validation;

import java.util.Objects;

/**
 * One thing wrong with a scenario or its file, where it is and what is wrong, in words a user
 * understands.
 *
 * @param path    a JSON pointer into the scenario file ({@code /vms/3/memory}); empty for the whole
 *                file (a syntax error names its line and column in the message instead)
 * @param message what is wrong, e.g. {@code must be positive, got "-4 GiB"}
 */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The problem as one line: {@code /vms/3/memory: must be positive, got "-4 GiB"}. */
    public String describe() {
        String line = path.isEmpty() ? message : path + ": " + message;
        return Quote.escaped(line);
    }

    @Override
    public String toString() {
        return describe();
    }
}
