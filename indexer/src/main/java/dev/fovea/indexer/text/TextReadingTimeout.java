package dev.fovea.indexer.text;

/** A photo's text took longer to read than its limit; the photo keeps what else it has and is not read again. */
public final class TextReadingTimeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TextReadingTimeout() {
        super("Reading the photo's text took too long");
    }
}
