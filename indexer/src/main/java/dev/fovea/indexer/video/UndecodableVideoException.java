package dev.fovea.indexer.video;

/** A file FFmpeg cannot read as a video, with a short machine reason and a message for people. */
public final class UndecodableVideoException extends Exception {
    private final String reason;

    public UndecodableVideoException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UndecodableVideoException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
