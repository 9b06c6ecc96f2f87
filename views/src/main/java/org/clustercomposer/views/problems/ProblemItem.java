package org.clustercomposer.views.problems;

/**
 * One problem as the panel lists it: a validation error, or a predicted overload (a warning: the
 * design is valid but will not carry its load).
 *
 * @param path      JSON pointer into the scenario ({@code /vms/3/memory}); empty for the whole file;
 *                  for a warning, the element as people name it ("host node-1")
 * @param message   what is wrong
 * @param elementId the element the path points into, or null
 * @param severity  error (the file is not valid) or warning (predicted overload)
 */
public record ProblemItem(String path, String message, String elementId, Severity severity) {

    /** Errors make the design invalid; warnings are what the analytical engine predicts. */
    public enum Severity { ERROR, WARNING }

    /** A validation error. */
    public ProblemItem(String path, String message, String elementId) {
        this(path, message, elementId, Severity.ERROR);
    }

    public ProblemItem {
        if (severity == null) {
            throw new IllegalArgumentException("a problem needs a severity");
        }
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    public String describe() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
