package dev.fovea.indexer.catalog;

import java.util.Locale;

/** Where a photo stands for the model the library is being indexed for. */
public enum PhotoStatus {
    /** Found but not yet embedded for the current model (new, changed, or the model changed). */
    PENDING,
    /** Embedded for the current model; the embedding is in the catalog. */
    INDEXED,
    /** Cannot be indexed; {@code skip_reason} says why. Retried when the file changes. */
    SKIPPED;

    public String sql() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PhotoStatus fromSql(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
