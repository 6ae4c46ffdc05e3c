package dev.fovea.indexer.metadata;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When a photo was taken as the camera's clock said it, with the UTC offset when EXIF records one
 * (OffsetTimeOriginal, EXIF 2.31+). Most cameras record no offset, so the wall-clock time is what is known.
 */
public record TakenAt(LocalDateTime local, ZoneOffset offset) {
    public TakenAt {
        java.util.Objects.requireNonNull(local, "local");
    }

    public Optional<ZoneOffset> knownOffset() {
        return Optional.ofNullable(offset);
    }

    /**
     * The wall-clock time encoded as if it were UTC. Date filters ("July 2023", "last summer") mean the
     * photographer's calendar, not the instant, so the vector index stores this "floating" value: a photo
     * taken at 23:30 in Lisbon on 31 July stays in July wherever the library is searched from.
     */
    public long floatingEpochMillis() {
        return local.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The true instant, when the offset is known. */
    public Optional<Long> epochMillis() {
        return knownOffset().map(zone -> local.toInstant(zone).toEpochMilli());
    }
}
