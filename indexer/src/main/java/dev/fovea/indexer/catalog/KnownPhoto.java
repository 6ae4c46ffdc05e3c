package dev.fovea.indexer.catalog;

/**
 * What a scan needs to know about a catalogued file to tell whether it changed.
 *
 * @param exact whether the embedding of its indexed content under {@code modelId} came from the exact decode
 */
public record KnownPhoto(
        long id,
        String path,
        long size,
        long modifiedMillis,
        String contentHash,
        PhotoStatus status,
        String modelId,
        boolean exact) {
    public boolean sameFile(long otherSize, long otherModifiedMillis) {
        return size == otherSize && modifiedMillis == otherModifiedMillis;
    }
}
