package org.clustercomposer.lesson;

/** Whether a step's check passed, and what to tell the student either way. */
public record CheckResult(boolean passed, String message) {

    public static CheckResult pass(String message) {
        return new CheckResult(true, message);
    }

    public static CheckResult fail(String message) {
        return new CheckResult(false, message);
    }
}
