package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.PhotoPreviews;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import dev.fovea.search.image.PixelImage;
import java.nio.file.Path;

/**
 * The viewer's previews, through a decoder made when the first is asked for: making it loads the native decoders
 * (libturbojpeg, libheif, libwebp), which the first page of photos, shown from thumbnails, should not wait for.
 */
final class HomePreviews implements PhotoPreviews {
    private static final class Decoder {
        static final DecoderAdapter ADAPTER = new DecoderAdapter(new PhotoDecoder());
    }

    @Override
    public PixelImage preview(Path photo, int minShortSide) {
        return Decoder.ADAPTER.preview(photo, minShortSide);
    }
}
