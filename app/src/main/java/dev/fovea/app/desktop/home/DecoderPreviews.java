package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.PhotoPreviews;
import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.search.image.PixelImage;
import java.nio.file.Path;

/**
 * Previews through the indexer's decoder: every format Fovea indexes (HEIC, WebP, RAW previews...),
 * upright whatever the EXIF orientation, and only as large as the screen needs (JPEG scales while decoding).
 */
public final class DecoderPreviews implements PhotoPreviews {
    private final PhotoDecoder decoder;

    public DecoderPreviews(PhotoDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public PixelImage preview(Path photo, int minShortSide) {
        return decoder.decode(photo, DecodeRequest.atLeast(minShortSide)).image();
    }
}
