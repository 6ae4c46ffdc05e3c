package dev.fovea.indexer.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Camera RAW files (NEF, CR2, CR3, ARW, DNG, ORF, RW2, PEF, RAF...) by their largest embedded preview JPEG,
 * which the camera rendered from the sensor data: Fovea needs what the photo looks like, not a raw develop.
 * Rather than one parser per maker's container, it finds every embedded JPEG by its markers; the raw sensor
 * data itself, where JPEG-coded, is lossless JPEG and is passed over as not decodable.
 */
final class RawPreviewDecoder {
    /** Candidates tried before giving up, largest first: false starts inside sensor data are cheap to reject. */
    private static final int MAX_ATTEMPTS = 4;

    @FunctionalInterface
    interface JpegAt {
        StoredPicture decode(byte[] data, int offset, int length) throws InterruptedException;
    }

    private RawPreviewDecoder() {}

    static StoredPicture decode(Path file, byte[] data, JpegAt jpeg) throws InterruptedException {
        List<Candidate> candidates = candidates(data);
        if (candidates.isEmpty()) {
            throw new UndecodableImageException(
                    UndecodableImageException.NO_PREVIEW,
                    file,
                    "this camera RAW file has no embedded preview picture, and Fovea does not develop raw sensor data.");
        }
        UndecodableImageException last = null;
        for (Candidate candidate : candidates.subList(0, Math.min(MAX_ATTEMPTS, candidates.size()))) {
            try {
                return jpeg.decode(data, candidate.offset(), data.length - candidate.offset());
            } catch (UndecodableImageException e) {
                if (UndecodableImageException.TOO_LARGE.equals(e.reason())) {
                    throw e;
                }
                last = e;
            }
        }
        throw new UndecodableImageException(
                UndecodableImageException.CORRUPT,
                file,
                "none of the preview pictures embedded in this RAW file decodes (" + last.getMessage() + ").",
                last);
    }

    record Candidate(int offset, long pixels) {}

    /** Every decodable JPEG start in the file, largest picture first. */
    static List<Candidate> candidates(byte[] data) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i + 3 < data.length; i++) {
            if (data[i] == (byte) 0xFF && data[i + 1] == (byte) 0xD8 && data[i + 2] == (byte) 0xFF) {
                int offset = i;
                JpegStructure.parse(data, i, data.length)
                        .filter(JpegStructure::decodable)
                        .ifPresent(structure ->
                                candidates.add(new Candidate(offset, (long) structure.width() * structure.height())));
            }
        }
        candidates.sort(Comparator.comparingLong(Candidate::pixels).reversed());
        return candidates;
    }
}
