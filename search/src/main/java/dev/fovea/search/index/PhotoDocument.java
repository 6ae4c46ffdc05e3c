package dev.fovea.search.index;

import java.util.List;

/**
 * One photo or video as the vector index holds it: what it stores about the file and the embeddings.
 *
 * @param embedding the model's embedding of a photo (of a video: its frames' mean, for the catalog); stored
 *     L2-normalised
 * @param frames a video's sampled frames, in time order; each becomes a child document of the video (empty for
 *     photos)
 * @param text the words read in the picture, empty when none were (or it was not read)
 * @param durationSeconds a video's length; null for photos, and for videos whose length is not known
 */
public record PhotoDocument(
        StoredPhoto photo, float[] embedding, List<FrameVector> frames, String text, Double durationSeconds) {
    public PhotoDocument {
        frames = List.copyOf(frames);
        text = text == null ? "" : text;
    }

    public PhotoDocument(StoredPhoto photo, float[] embedding, List<FrameVector> frames, String text) {
        this(photo, embedding, frames, text, null);
    }

    public PhotoDocument(StoredPhoto photo, float[] embedding, List<FrameVector> frames) {
        this(photo, embedding, frames, "", null);
    }

    public PhotoDocument(StoredPhoto photo, float[] embedding) {
        this(photo, embedding, List.of(), "", null);
    }
}
