package dev.fovea.indexer.decode;

import dev.fovea.search.FoveaException;
import java.nio.file.Path;

/** A photo Fovea cannot decode, with a short machine reason (for counting skips) and a message for people. */
public final class UndecodableImageException extends FoveaException {
    /** The file could not be read (vanished, no permission, I/O error). */
    public static final String UNREADABLE = "unreadable";
    /** The file is empty. */
    public static final String EMPTY = "empty";
    /** The content is no image format Fovea knows. */
    public static final String UNKNOWN_FORMAT = "unknown-format";
    /** A known format in a variant Fovea does not decode (e.g. lossless JPEG). */
    public static final String UNSUPPORTED = "unsupported";
    /** The native library this format needs is not installed. */
    public static final String NO_DECODER = "no-decoder";
    /** The data ends before the picture does. */
    public static final String TRUNCATED = "truncated";
    /** The data is damaged or not what its header says. */
    public static final String CORRUPT = "corrupt";
    /** Larger than Fovea decodes without risking memory. */
    public static final String TOO_LARGE = "too-large";
    /** A camera RAW file without an embedded preview picture. */
    public static final String NO_PREVIEW = "no-preview";
    /** The decode was interrupted (indexing paused or cancelled). */
    public static final String INTERRUPTED = "interrupted";

    private final String reason;

    public UndecodableImageException(String reason, Path file, String problem) {
        super(file + ": " + problem);
        this.reason = reason;
    }

    public UndecodableImageException(String reason, Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.reason = reason;
    }

    /** One of the constants of this class. */
    public String reason() {
        return reason;
    }
}
