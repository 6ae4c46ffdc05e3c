package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.DecodedImage;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.decode.UndecodableImageException;
import java.nio.file.Path;

/** The pipeline's decoding through Fovea's {@link PhotoDecoder}, reduced-scale where the format allows. */
public final class DecoderAdapter implements PhotoDecoding {
    private final PhotoDecoder decoder;

    public DecoderAdapter(PhotoDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public DecodedPhoto decode(Path file, int minShortSide) {
        try {
            DecodedImage decoded = decoder.decode(file, DecodeRequest.atLeast(minShortSide));
            return new DecodedPhoto(decoded.image(), decoded.sourceWidth(), decoded.sourceHeight(), decoded.format());
        } catch (UndecodableImageException e) {
            throw new PhotoSkippedException(e.reason(), e.getMessage(), e);
        }
    }
}
