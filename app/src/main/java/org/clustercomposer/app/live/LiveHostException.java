package org.clustercomposer.app.live;

/**
 * A live host could not be read or changed. The message is for people: it names the host (its URI)
 * and says what went wrong, without a stack trace.
 */
public final class LiveHostException extends Exception {

    public LiveHostException(String message) {
        super(message);
    }

    public LiveHostException(String message, Throwable cause) {
        super(message, cause);
    }
}
