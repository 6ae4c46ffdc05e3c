package dev.fovea.search;

/**
 * An expected failure (bad input, missing file, no model, offline) whose message tells the user what was
 * wrong and what to do. Anything else that escapes is a bug.
 */
public class FoveaException extends RuntimeException {
    public FoveaException(String message) {
        super(message);
    }

    public FoveaException(String message, Throwable cause) {
        super(message, cause);
    }
}
