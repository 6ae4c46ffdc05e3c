package dev.fovea.indexer.pipeline;

/** What the decode workers hand the encoder: a prepared photo, or the end of them. */
sealed interface ToEncode permits PreparedPhoto, ToEncode.End {
    ToEncode END = new End();

    record End() implements ToEncode {}
}
