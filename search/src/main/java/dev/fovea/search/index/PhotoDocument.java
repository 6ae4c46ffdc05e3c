package dev.fovea.search.index;

import java.util.List;

/**
 * One photo or video as the vector index holds it: what it stores about the file and the embeddings.
 *
 * @param embedding the model's embedding of a photo (of a video: its frames' mean, for the catalog); stored
 *     L2-normalised
 * @param frames a video's sampled frames, in time order; each becomes a child document of the video (empty for
 *     photos)
 */
public record PhotoDocument(StoredPhoto photo, float[] embedding, List<FrameVector> frames) {
    public PhotoDocument {
        frames = List.copyOf(frames);
    }

    public PhotoDocument(StoredPhoto photo, float[] embedding) {
        this(photo, embedding, List.of());
    }
}
