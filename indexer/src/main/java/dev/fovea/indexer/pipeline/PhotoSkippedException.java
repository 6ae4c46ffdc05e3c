package dev.fovea.indexer.pipeline;

import dev.fovea.search.FoveaException;

/** A file that cannot be indexed, with a short machine reason (catalogued, counted by status) and a message for people. */
public class PhotoSkippedException extends FoveaException {
    private final String reason;

    public PhotoSkippedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PhotoSkippedException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
