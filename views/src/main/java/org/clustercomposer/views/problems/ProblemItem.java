package org.clustercomposer.views.problems;

/**
 * One validation problem as the panel lists it.
 *
 * @param path      JSON pointer into the scenario ({@code /vms/3/memory}); empty for the whole file
 * @param message   what is wrong
 * @param elementId the element the path points into, or null
 */
public record ProblemItem(String path, String message, String elementId) {

    public String describe() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
