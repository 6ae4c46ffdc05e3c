package dev.fovea.search.index;

/**
 * One photo as the vector index holds it: what it stores about the photo and the photo's embedding.
 *
 * @param embedding the model's embedding; stored L2-normalised
 */
public record PhotoDocument(StoredPhoto photo, float[] embedding) {}
