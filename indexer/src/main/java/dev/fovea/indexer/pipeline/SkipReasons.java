package dev.fovea.indexer.pipeline;

/** The reasons the pipeline itself gives for skipping a file; the decoder adds its own (unsupported format, truncated...). */
public final class SkipReasons {
    /** Processing the file took longer than the per-file limit; it was abandoned. */
    public static final String TIMEOUT = "timeout";
    /** The file could not be read (permissions, I/O error, vanished). */
    public static final String UNREADABLE = "unreadable";
    /** The file has no content. */
    public static final String EMPTY = "empty";
    /** The decoder failed in a way it did not foresee; logged as a bug, the file is skipped. */
    public static final String DECODER_ERROR = "decoder-error";

    private SkipReasons() {}
}
