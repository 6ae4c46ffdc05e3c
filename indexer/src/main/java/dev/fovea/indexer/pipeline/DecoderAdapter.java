package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.DecodedImage;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.decode.UndecodableImageException;
import dev.fovea.search.image.PixelImage;
import java.nio.file.Path;

/**
 * Fovea's {@link PhotoDecoder} as its users need it: the pipeline's decoding (reduced only as far as fidelity to
 * the reference allows, or exact) and the viewer's previews (as small as the screen allows).
 */
public final class DecoderAdapter implements PhotoDecoding {
    private final PhotoDecoder decoder;

    public DecoderAdapter(PhotoDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public DecodedImage decode(Path file, int minShortSide) {
        try {
            return decoder.decode(file, DecodeRequest.atLeast(minShortSide));
        } catch (UndecodableImageException e) {
            throw new PhotoSkippedException(e.reason(), e.getMessage(), e);
        }
    }

    @Override
    public DecodedImage decode(Path file, byte[] content, int length, int orientation, DecodeRequest request) {
        try {
            return decoder.decode(file, content, length, orientation, request);
        } catch (UndecodableImageException e) {
            throw new PhotoSkippedException(e.reason(), e.getMessage(), e);
        }
    }

    /**
     * The photo upright, at least {@code minShortSide} pixels on its short side when it has them.
     *
     * @throws UndecodableImageException when the file is not a photo Fovea can read
     */
    public PixelImage preview(Path photo, int minShortSide) {
        return decoder.decode(photo, DecodeRequest.atLeast(minShortSide)).image();
    }
}
